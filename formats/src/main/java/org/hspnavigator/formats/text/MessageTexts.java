package org.hspnavigator.formats.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.hspnavigator.engine.points.Message;

/**
 * Renders the engine's {@link Message}s from one of the feature bundles of this package
 * ({@code family}, {@code checklist}), which keep their keys apart from the scoring texts of
 * {@code messages.properties}. A key without text is a defect of the bundle, reported loudly.
 */
public final class MessageTexts {

    private static final String PACKAGE = "org.hspnavigator.formats.text.";

    private final ResourceBundle bundle;
    private final Locale locale;

    private MessageTexts(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(PACKAGE + bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The English texts of a bundle of this package, e.g. {@code family}. */
    public static MessageTexts english(String bundleName) {
        return new MessageTexts(bundleName, Locale.ROOT);
    }

    /** The texts of a bundle of this package in a language, else the English of its root bundle. */
    public static MessageTexts of(String bundleName, Locale locale) {
        return new MessageTexts(bundleName, locale);
    }

    /** The text of a message, its arguments filled in (dates as YYYY-MM-DD). */
    public String text(Message message) {
        return format(message.key(), message.arguments().toArray());
    }

    /** The text of a key with arguments. */
    public String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for message key " + key, e);
        }
        return new MessageFormat(pattern, locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale).format(arguments);
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}
