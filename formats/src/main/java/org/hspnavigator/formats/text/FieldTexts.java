package org.hspnavigator.formats.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels and help texts of the questions a profile or a case asks (docs/rules.md §17): the
 * {@code fields} bundle for the profile's fields and groups, keyed by their message keys, and the
 * {@code case-fields} bundle for the case's own fields. The texts are used as written, without
 * arguments. A key without text is a defect of the bundles, reported loudly.
 */
public final class FieldTexts {

    private static final String PACKAGE = "org.hspnavigator.formats.text.";

    private final ResourceBundle profile;
    private final ResourceBundle applicantCase;

    private FieldTexts(Locale locale) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        this.profile = ResourceBundle.getBundle(PACKAGE + "fields", locale, noFallback);
        this.applicantCase = ResourceBundle.getBundle(PACKAGE + "case-fields", locale, noFallback);
    }

    public static FieldTexts english() {
        return new FieldTexts(Locale.ROOT);
    }

    /** The questions' labels and help in a language. */
    public static FieldTexts of(Language language) {
        return new FieldTexts(language.bundleLocale());
    }

    /** The label of a key: {@code field.birthDate}, {@code group.research} or {@code case.employerCategory}. */
    public String label(String key) {
        return text(key);
    }

    /** The help text of a key. */
    public String help(String key) {
        return text(key + ".help");
    }

    private String text(String key) {
        ResourceBundle bundle = key.startsWith("case.") ? applicantCase : profile;
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key, e);
        }
    }
}
