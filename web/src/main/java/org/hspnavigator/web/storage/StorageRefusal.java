package org.hspnavigator.web.storage;

import org.hspnavigator.formats.text.BundleTexts;
import org.hspnavigator.formats.text.Language;

/**
 * A refusal of the storage that a person reads on the console ({@code hsp backup}, {@code hsp restore},
 * {@code --db}): its text is the key and arguments of the {@code refusals} bundle of this package, told in
 * the reader's language; the exception's own message, for logs and callers, is the English text.
 */
public interface StorageRefusal {

    String key();

    Object[] arguments();

    /** The refusal in {@code language}. */
    default String message(Language language) {
        return text(language, key(), arguments());
    }

    /** The text of {@code key} in {@code language}, arguments given as text so that none is reformatted. */
    static String text(Language language, String key, Object... arguments) {
        return new BundleTexts("org.hspnavigator.web.storage.refusals", language).text(key, arguments);
    }
}
