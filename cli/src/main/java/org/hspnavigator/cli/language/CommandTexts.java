package org.hspnavigator.cli.language;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hspnavigator.formats.text.Language;

/**
 * The words of the readable outputs of the commands (headings, column names, summary lines) in one
 * language, from the {@code texts} bundles of this package; the explanations themselves come from the
 * formats module. A key without text is a defect of the bundle, reported loudly.
 */
public final class CommandTexts {

    private static final String BUNDLE = "org.hspnavigator.cli.language.texts";

    private final Language language;
    private final ResourceBundle bundle;

    public CommandTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** The text of a key, its arguments filled in; numbers that are counts are passed as text when they must not be grouped. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + language.tag(), e);
        }
        return new MessageFormat(pattern, language.formatLocale()).format(arguments);
    }

    /** A date as the language writes it (ISO 8601 in English). */
    public String date(LocalDate date) {
        return language.date(date);
    }
}
