package org.hspnavigator.cli.interview;

import java.util.List;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.profile.FieldType;

/**
 * The form of an answer as a question says it: {@code YYYY-MM-DD; required}, {@code yes or no; Enter for no},
 * its two parts joined as the language joins clauses ({@code YYYY-MM-DD、必須} in Japanese).
 */
final class Hints {

    private Hints() {
    }

    /**
     * @param texts    the words of the hints, in the interview's language
     * @param choices  the values of a choice, else none
     * @param leftOut  what an empty answer means ({@code Enter for 0}), or null when the answer is required
     */
    static String of(CommandTexts texts, FieldType type, List<String> choices, String leftOut) {
        String form = switch (type) {
            case DATE -> "YYYY-MM-DD";
            case WHOLE_NUMBER -> texts.text("new.form.wholeNumber");
            case DECIMAL -> texts.text("new.form.number");
            case BOOLEAN -> texts.text("new.form.yesOrNo");
            case CHOICE -> texts.text("new.form.choice", String.join(", ", choices));
            case TEXT -> texts.text("new.form.text");
        };
        return form + texts.language().clauseSeparator() + (leftOut == null ? texts.text("new.required") : leftOut);
    }
}
