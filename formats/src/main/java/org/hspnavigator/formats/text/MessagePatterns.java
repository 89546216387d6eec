package org.hspnavigator.formats.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The message patterns of one bundle in one locale, each parsed once when first used ({@link
 * MessagePattern}) and then formatted again and again by every thread, writing what a new {@link
 * java.text.MessageFormat} of the same pattern writes.
 */
final class MessagePatterns {

    private final Locale locale;
    private final Function<String, String> patterns;
    private final Map<String, MessagePattern> byKey = new ConcurrentHashMap<>();

    /** Patterns in {@code locale}, each found by its key with {@code patterns}. */
    MessagePatterns(Locale locale, Function<String, String> patterns) {
        this.locale = locale;
        this.patterns = patterns;
    }

    String format(String key, Object[] arguments) {
        return pattern(key).format(arguments);
    }

    /** Appends the text of {@code key} with {@code arguments} to {@code text}, as {@link #format} writes it. */
    void append(String key, Object[] arguments, StringBuilder text) {
        pattern(key).append(text, arguments);
    }

    private MessagePattern pattern(String key) {
        MessagePattern pattern = byKey.get(key);
        if (pattern == null) {
            pattern = byKey.computeIfAbsent(key, k -> MessagePattern.parse(patterns.apply(k), locale));
        }
        return pattern;
    }
}
