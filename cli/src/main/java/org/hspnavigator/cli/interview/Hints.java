package org.hspnavigator.cli.interview;

import java.util.List;
import org.hspnavigator.formats.profile.FieldType;

/** The form of an answer as a question says it: {@code YYYY-MM-DD; required}, {@code yes or no; Enter for no}. */
final class Hints {

    private Hints() {
    }

    /**
     * @param choices  the values of a choice, else none
     * @param leftOut  what an empty answer means ({@code Enter for 0}), or null when the answer is required
     */
    static String of(FieldType type, List<String> choices, String leftOut) {
        String form = switch (type) {
            case DATE -> "YYYY-MM-DD";
            case WHOLE_NUMBER -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "yes or no";
            case CHOICE -> "one of " + String.join(", ", choices);
            case TEXT -> "text";
        };
        return form + "; " + (leftOut == null ? "required" : leftOut);
    }
}
