package org.hspnavigator.engine.points;

import java.util.List;
import java.util.Objects;

/**
 * A human explanation, given as a message key and its arguments so that every front end renders it
 * in its own language. Arguments are plain values: strings, numbers (yen as {@code Long}) and dates.
 *
 * @param key       a key of the message bundles, e.g. {@code item.salary.bracket}
 * @param arguments the values the message refers to, in order
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /**
     * A message with its arguments. Up to two arguments go to {@link List#of(Object, Object)}, which
     * keeps them in fields instead of copying the varargs array, so that the array itself can be
     * optimized away: most explanations have one or two arguments.
     */
    public static Message of(String key, Object... arguments) {
        return switch (arguments.length) {
            case 0 -> new Message(key, List.of());
            case 1 -> new Message(key, List.of(arguments[0]));
            case 2 -> new Message(key, List.of(arguments[0], arguments[1]));
            default -> new Message(key, List.of(arguments));
        };
    }
}
