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

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }
}
