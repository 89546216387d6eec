package org.hspnavigator.formats.text;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One bundle of texts in one {@link Language}, without falling back to another language's: a key's
 * pattern with its arguments filled in as the language writes numbers. A key without text is a defect of
 * the bundle, reported loudly. The command line's and the server console's texts read their bundles
 * through it.
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

    /** The text of a key, its arguments filled in; a count that must not be grouped is passed as text. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + language.tag(), e);
        }
        return new MessageFormat(pattern, language.formatLocale()).format(arguments);
    }
}
