package org.hspnavigator.formats.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.Assessment;

/**
 * Renders the engine's {@link Message}s as text in one language. A key without text is a defect of
 * the bundle, reported loudly rather than shown as a blank.
 */
public final class Explanations {

    private static final String BUNDLE = "org.hspnavigator.formats.text.messages";
    private static final String VALUE_PREFIX = "value.";

    private final ResourceBundle bundle;
    private final Locale locale;
    /**
     * Each pattern parsed once: a server writes the same texts for every request, and parsing a pattern
     * (with its number formats) cost more than the scoring. A MessageFormat is not safe to share between
     * threads, so each use formats with a copy.
     */
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();

    private Explanations(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Explanations english() {
        return new Explanations(Locale.ROOT);
    }

    /**
     * The texts in a language ({@code ja}, {@code zh-Hant}): its bundle where there is one, else the
     * English of the root bundle, with numbers formatted for the language.
     */
    public static Explanations of(Locale locale) {
        return new Explanations(locale);
    }

    /** The text of a message; arguments naming a value (DOCTORATE) are worded first, nested messages rendered. */
    public String text(Message message) {
        Object[] arguments = message.arguments().toArray();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String name && bundle.containsKey(VALUE_PREFIX + name)) {
                arguments[i] = bundle.getString(VALUE_PREFIX + name);
            } else if (arguments[i] instanceof Message part) {
                arguments[i] = text(part);
            }
        }
        return format(message.key(), arguments);
    }

    /** The verdict of the pass rule: eligible, short by N points, below the salary floor, or both. */
    public String verdict(Assessment assessment) {
        boolean isShort = assessment.pointsShort() > 0;
        long floor = assessment.salaryFloorYen().orElse(0);
        if (assessment.eligible()) {
            return format("verdict.eligible");
        }
        if (isShort && !assessment.meetsSalaryFloor()) {
            return format("verdict.shortAndBelowFloor", assessment.pointsShort(), floor);
        }
        return isShort ? format("verdict.short", assessment.pointsShort()) : format("verdict.belowFloor", floor);
    }

    private String format(String key, Object... arguments) {
        MessageFormat format = parsed.computeIfAbsent(key, this::parse);
        return ((MessageFormat) format.clone()).format(arguments);
    }

    private MessageFormat parse(String key) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for message key " + key, e);
        }
        return new MessageFormat(pattern, locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale);
    }
}
