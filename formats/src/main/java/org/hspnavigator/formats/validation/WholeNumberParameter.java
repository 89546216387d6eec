package org.hspnavigator.formats.validation;

import java.util.regex.Pattern;

/**
 * A parameter that takes a whole number (the command line's {@code --target}, the API's {@code limit}):
 * at most nine digits, so that it always fits an {@code int}; anything else is refused as not being
 * what the parameter expects, with the text quoted back.
 */
public final class WholeNumberParameter {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    private WholeNumberParameter() {
    }

    /** The number in {@code text}; refused with {@code expected}, a description of the values accepted. */
    public static ParameterValue<Integer> parse(String text, Problem expected) {
        if (WHOLE_NUMBER.matcher(text).matches()) {
            return ParameterValue.accepted(Integer.parseInt(text));
        }
        return ParameterValue.refused(Problem.of("query.expected.text", expected, text));
    }

    /** Why {@code number} is refused: it is not among the values {@code expected} describes. */
    public static Problem outside(Problem expected, int number) {
        return Problem.of("query.expected.number", expected, number);
    }
}
