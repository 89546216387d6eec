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
     * A message with its arguments. Explanations have at most four arguments: passed one by one to
     * {@code List.of}, they are stored once, whereas {@code List.of(array)} copies the varargs array
     * (which, no longer escaping, the compiler can then leave out).
     */
    public static Message of(String key, Object... arguments) {
        return switch (arguments.length) {
            case 0 -> new Message(key, List.of());
            case 1 -> new Message(key, List.of(arguments[0]));
            case 2 -> new Message(key, List.of(arguments[0], arguments[1]));
            case 3 -> new Message(key, List.of(arguments[0], arguments[1], arguments[2]));
            case 4 -> new Message(key, List.of(arguments[0], arguments[1], arguments[2], arguments[3]));
            default -> new Message(key, List.of(arguments));
        };
    }
}
