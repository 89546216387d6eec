package org.hspnavigator.web.selfassessment;

import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.formats.profile.FieldType;
import org.hspnavigator.formats.profile.ProfileField;

/**
 * One question of the form as the page shows it: its input, the current answer and the problems found
 * with it. Its label and help are the field's texts of the {@code fields} bundle, in the page's language.
 *
 * @param name     the parameter and CSV column ({@code degrees.0.level})
 * @param id       the element id, which error links point to
 * @param labelKey the key of the label; the help is under this key + {@code .help}
 * @param input    how it is asked: {@code text}, {@code number}, {@code date}, {@code checkbox}, {@code select}
 * @param options  a select's choices ({@code ""} for "none" when the field may be left out)
 * @param value    the answer as given
 * @param problems what is wrong with the answer, as the profile reader says it
 * @param byDefault the value the field takes when left out ({@code NONE}), empty when it has none
 */
record Question(String name, String id, String labelKey, String input, List<String> options, String value,
        List<String> problems, String byDefault) {

    /** The question of a field (of degree {@code element}), with its answer and problems. */
    static Question of(ProfileField field, int element, Answers answers, Problems problems) {
        String name = field.inList() ? field.csvColumn(element) : field.csvColumn();
        List<String> options = field.type() == FieldType.CHOICE
                ? (field.defaultValue().isPresent() ? field.choices()
                        : Stream.concat(Stream.of(""), field.choices().stream()).toList())
                : List.of();
        String value = answers.value(name);
        // A choice with a default shows it when unanswered: else the browser would send its first option.
        if (value.isEmpty() && field.type() == FieldType.CHOICE) {
            value = field.defaultValue().orElse("");
        }
        return new Question(name, idOf(name), field.messageKey(), input(field.type()), options, value,
                problems.of(name), field.defaultValue().orElse(""));
    }

    /** The element id of a question's input: {@code q-degrees-0-level}. */
    static String idOf(String name) {
        return "q-" + name.replace('.', '-');
    }

    private static String input(FieldType type) {
        return switch (type) {
            case DATE -> "date";
            case WHOLE_NUMBER, DECIMAL -> "number";
            case BOOLEAN -> "checkbox";
            case CHOICE -> "select";
            case TEXT -> "text";
        };
    }

    /** Whether a checkbox is ticked. */
    public boolean checked() {
        return "true".equalsIgnoreCase(value);
    }

    /** The key of an option's text: the label key, then the option ({@code field.jlpt.N1}, {@code field.jlpt.} for none). */
    public String optionKey(String option) {
        return "option." + labelKey.substring("field.".length()) + "." + (option.isEmpty() ? "none" : option);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
