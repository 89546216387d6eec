package org.hspnavigator.formats.faq;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.formats.text.Language;

/**
 * The words of the myths in one language, from the {@code faq} bundle: {@code faq.ID.claim},
 * {@code faq.ID.verdict} and {@code faq.ID.rule}. A missing text is a defect of the bundle, reported
 * loudly rather than shown as a blank.
 */
public final class MythTexts {

    private static final String BUNDLE = "org.hspnavigator.formats.text.faq";

    private final ResourceBundle bundle;

    private MythTexts(Language language) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static MythTexts english() {
        return new MythTexts(Language.EN);
    }

    /** The myths' words in a language. */
    public static MythTexts of(Language language) {
        return new MythTexts(language);
    }

    /** What people believe. */
    public String claim(Myth myth) {
        return text("faq." + myth.id() + ".claim");
    }

    /** The verdict in words ("true, with conditions"). */
    public String verdict(Myth myth) {
        return text("faq." + myth.id() + ".verdict");
    }

    /** The official rule. */
    public String rule(Myth myth) {
        return text("faq." + myth.id() + ".rule");
    }

    /** A heading of the readable output ({@code claim}, {@code verdict}, {@code rule}, {@code sections}). */
    public String heading(String name) {
        return text("faq.heading." + name);
    }

    /** Every key of the bundle, for the test that keeps the texts and the catalog in step. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for message key " + key, e);
        }
    }
}
