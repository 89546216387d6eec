package org.hspnavigator.formats.validation;

/**
 * A value given beside a document (an option of the command line, a query parameter of the API) as it
 * was read: the value, or why it was refused. The command line and the API read each such value the
 * same way and so refuse it in the same words.
 *
 * @param value   the value, null when refused
 * @param problem why it was refused, null when accepted
 * @param <T>     the type of the value
 */
public record ParameterValue<T>(T value, Problem problem) {

    public static <T> ParameterValue<T> accepted(T value) {
        return new ParameterValue<>(value, null);
    }

    public static <T> ParameterValue<T> refused(Problem problem) {
        return new ParameterValue<>(null, problem);
    }

    /** Whether the value was refused. */
    public boolean isRefused() {
        return problem != null;
    }
}
