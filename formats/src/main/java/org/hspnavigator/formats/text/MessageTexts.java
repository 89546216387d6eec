package org.hspnavigator.formats.text;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;

/**
 * Renders the engine's {@link Message}s, and the problems of bad input, from one of the feature bundles
 * of this package ({@code family}, {@code checklist}, {@code validation}), which keep their keys apart
 * from the scoring texts of {@code messages.properties}, in one {@link Language}: in the other languages
 * than English, dates are written as the language writes them, and a category argument is named as
 * {@link Explanations#categoryInText} names it. A key without text is a defect of the bundle, reported loudly.
 */
public final class MessageTexts {

    private static final String PACKAGE = "org.hspnavigator.formats.text.";

    private final ResourceBundle bundle;
    private final Language language;

    private MessageTexts(String bundleName, Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(PACKAGE + bundleName, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The English texts of a bundle of this package, e.g. {@code family}. */
    public static MessageTexts english(String bundleName) {
        return new MessageTexts(bundleName, Language.EN);
    }

    /** The texts of a bundle of this package in a language. */
    public static MessageTexts of(String bundleName, Language language) {
        return new MessageTexts(bundleName, language);
    }

    public Language language() {
        return language;
    }

    /** The text of a message, its arguments filled in (dates as YYYY-MM-DD in English). */
    public String text(Message message) {
        return format(message.key(), message.arguments().toArray());
    }

    /** The text of a key with arguments. */
    public String format(String key, Object... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LocalDate date && language != Language.EN) {
                arguments[i] = language.date(date);
            } else if (arguments[i] instanceof Category category) {
                arguments[i] = Explanations.of(language).categoryInText(category);
            }
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for message key " + key, e);
        }
        return new MessageFormat(pattern, language.formatLocale()).format(arguments);
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}
