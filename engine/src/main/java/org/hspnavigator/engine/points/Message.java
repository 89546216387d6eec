package org.hspnavigator.engine.points;

import java.util.List;
import java.util.Objects;

/**
 * A human explanation, given as a message key and its arguments so that every front end renders it
 * in its own language. Arguments are plain values: strings, numbers (yen as {@code Long}), dates, and
 * categories, which each front end names in its language.
 *
 * @param key       a key of the message bundles, e.g. {@code item.salary.bracket}
 * @param arguments the values the message refers to, in order
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** A message with its arguments, however many. */
    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    // Explanations have at most four arguments. These overloads, chosen by the compiler over the
    // varargs form, make no argument array only to copy it into the list: scoring makes a dozen
    // messages per profile.

    public static Message of(String key) {
        return new Message(key, List.of());
    }

    public static Message of(String key, Object argument) {
        return new Message(key, List.of(argument));
    }

    public static Message of(String key, Object first, Object second) {
        return new Message(key, List.of(first, second));
    }

    public static Message of(String key, Object first, Object second, Object third) {
        return new Message(key, List.of(first, second, third));
    }

    public static Message of(String key, Object first, Object second, Object third, Object fourth) {
        return new Message(key, List.of(first, second, third, fourth));
    }
}
