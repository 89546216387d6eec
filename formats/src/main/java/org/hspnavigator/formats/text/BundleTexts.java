package org.hspnavigator.formats.text;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One bundle of texts in one {@link Language}, without falling back to another language's: a key's
 * pattern with its arguments filled in as the language writes numbers and dates. A key without text is a
 * defect of the bundle, reported loudly. The command line's, the server console's and the PDF reports'
 * texts read their bundles through it.
 */
public final class BundleTexts {

    private final Language language;
    private final ResourceBundle bundle;

    /** The bundle {@code baseName} (a class path name such as {@code org.hspnavigator.cli.language.texts}). */
    public BundleTexts(String baseName, Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(baseName, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** Whether the bundle has a text for the key: for texts that only some options or bands have. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text of a key, its arguments filled in; a count that must not be grouped is passed as text, a
     * date as a {@link LocalDate}.
     */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + language.tag(), e);
        }
        return new MessageFormat(pattern, language.formatLocale()).format(writtenDates(arguments));
    }

    /**
     * The arguments with each date as the language writes it ({@link Language#date}: 2026年11月27日,
     * 2026년 11월 27일, ISO 8601 in English): a MessageFormat would write a LocalDate as ISO 8601 in every
     * language.
     */
    private Object[] writtenDates(Object[] arguments) {
        Object[] written = arguments;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LocalDate day) {
                if (written == arguments) {
                    written = arguments.clone();
                }
                written[i] = language.date(day);
            }
        }
        return written;
    }
}
