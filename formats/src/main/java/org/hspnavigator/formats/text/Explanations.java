package org.hspnavigator.formats.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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
    /** The words of the values an argument may name (DOCTORATE), by name: read from the bundle once. */
    private final Map<String, String> values = new HashMap<>();
    /**
     * Each pattern parsed once per thread: a server writes the same texts for every request, and parsing
     * a pattern (with its number formats) cost more than the scoring. A MessageFormat and its number
     * formats are not safe to share between threads, and copying one for each use cost as much again.
     */
    private final ThreadLocal<ThreadPatterns> parsed;

    private Explanations(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : bundle.keySet()) {
            if (key.startsWith(VALUE_PREFIX)) {
                values.put(key.substring(VALUE_PREFIX.length()), bundle.getString(key));
            }
        }
        Locale formatting = locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale;
        this.parsed = ThreadLocal.withInitial(() -> new ThreadPatterns(formatting, this::pattern));
    }

    public static Explanations english() {
        return new Explanations(Locale.ROOT);
    }

    /** The text of a message; arguments naming a value (DOCTORATE) are worded first, nested messages rendered. */
    public String text(Message message) {
        Object[] arguments = message.arguments().toArray();
        for (int i = 0; i < arguments.length; i++) {
            String value = arguments[i] instanceof String name ? values.get(name) : null;
            if (value != null) {
                arguments[i] = value;
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
        return parsed.get().format(key, arguments);
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for message key " + key, e);
        }
    }
}
