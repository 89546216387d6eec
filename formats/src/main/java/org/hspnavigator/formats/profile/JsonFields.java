package org.hspnavigator.formats.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to the fields of one JSON object at a known path, for documents that hold more than a
 * profile (a case: its residence, household, HSP status). Every value is checked by the parser of its
 * type, the one the profile reader uses too, and every problem is added to a list of
 * {@link Violation}s instead of thrown, so that one pass finds all the mistakes of a document. A field
 * that is absent or {@code null} takes its default; a field that is present but wrong is a violation,
 * never a default.
 */
public final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final List<Violation> violations;

    private JsonFields(JsonNode node, String path, List<Violation> violations) {
        this.node = node;
        this.path = path;
        this.violations = violations;
    }

    /**
     * The fields of {@code node} if it is an object; its fields that are not among {@code known} are
     * reported, and the known ones can still be read. Empty after reporting a value that is no object.
     *
     * @param what the key in the {@code validation} bundle of how messages name the object expected
     *             ({@code what.caseObject}: "a case object")
     */
    public static Optional<JsonFields> of(JsonNode node, String path, List<Violation> violations, List<String> known,
            String what) {
        if (!node.isObject()) {
            violations.add(new Violation(JsonPath.shown(path), Problem.of("object.expected", Problem.of(what),
                    ValueParsers.describe(new JsonValue(node)))));
            return Optional.empty();
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                violations.add(new Violation(JsonPath.property(path, name),
                        FieldNames.unknown("field.unknown", name, known, String.join(", ", known))));
            }
        }
        return Optional.of(new JsonFields(node, path, violations));
    }

    public String path(String name) {
        return JsonPath.property(path, name);
    }

    /** The value of a field, empty when absent or null. */
    public Optional<JsonNode> value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public boolean isMissing(String name) {
        return value(name).isEmpty();
    }

    /** Reports the field when absent or null; {@code meaning} is the key of what it holds ({@code meaning.hspSince}). */
    public void requirePresent(String name, String meaning) {
        requirePresent(name, Problem.of(meaning));
    }

    /** Reports the field when absent or null; {@code meaning} says what it holds. */
    public void requirePresent(String name, Problem meaning) {
        if (isMissing(name)) {
            violations.add(new Violation(path(name), ValueParsers.missing(node.get(name) != null, meaning)));
        }
    }

    public Optional<LocalDate> date(String name) {
        return value(name).map(value -> ValueParsers.date(new JsonValue(value), problemsOf(path(name))));
    }

    /**
     * A date given as an element of an array (e.g. children's birth dates) rather than as a field, checked
     * like a date field and reported at {@code elementPath}.
     */
    public Optional<LocalDate> dateElement(JsonNode element, String elementPath) {
        if (element.isNull()) {
            violations.add(new Violation(elementPath, Problem.of("date.notString", Problem.of("found.null"))));
            return Optional.empty();
        }
        return Optional.ofNullable(ValueParsers.date(new JsonValue(element), problemsOf(elementPath)));
    }

    /** A whole number within [min, max]; {@code unit} is the key of what it counts in messages ({@code unit.yen}). */
    public OptionalLong wholeNumber(String name, long min, long max, String unit) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        long whole = ValueParsers.wholeNumber(new JsonValue(value.get()), ProfileField.Rule.whole(min, max, unit),
                problemsOf(path(name)));
        return whole == ValueParsers.NO_NUMBER ? OptionalLong.empty() : OptionalLong.of(whole);
    }

    /**
     * A text that is not blank and at most {@code maxLength} characters long, such as a name or a note.
     */
    public Optional<String> text(String name, int maxLength) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Problem problem = null;
        if (!value.get().isString()) {
            problem = Problem.of("text.notString", ValueParsers.describe(new JsonValue(value.get())));
        } else if (value.get().stringValue().isBlank()) {
            problem = Problem.of("text.blank");
        } else if (value.get().stringValue().length() > maxLength) {
            problem = Problem.of("text.tooLong", value.get().stringValue().length(), maxLength);
        }
        if (problem != null) {
            report(name, problem);
            return Optional.empty();
        }
        return Optional.of(value.get().stringValue());
    }

    /**
     * A whole number that numbers one of the choices {@code min} to {@code max} (an employer's category);
     * anything else is reported with the choices there are, as one problem: "5 is above the limit" would
     * say less than "expected the employer's category 1, 2, 3 or 4, got the number 5".
     *
     * @param expected the key in the {@code validation} bundle of the problem, whose arguments are the
     *                 choices and the value found
     */
    public OptionalLong numberedChoice(String name, long min, long max, String expected) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        List<Problem> problems = new ArrayList<>();
        long whole = ValueParsers.wholeNumber(new JsonValue(value.get()), ProfileField.Rule.whole(min, max, "unit.units"),
                problems::add);
        if (problems.isEmpty() && whole != ValueParsers.NO_NUMBER) {
            return OptionalLong.of(whole);
        }
        violations.add(new Violation(path(name), Problem.of(expected, choices(min, max),
                ValueParsers.describe(new JsonValue(value.get())))));
        return OptionalLong.empty();
    }

    /** A boolean; absent or null is false. */
    public boolean bool(String name) {
        return value(name).map(value -> ValueParsers.bool(new JsonValue(value), problemsOf(path(name))))
                .orElse(false);
    }

    /** One of the enum's constants, spelled exactly. */
    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        E[] constants = type.getEnumConstants();
        return value(name).map(value -> type.cast(ValueParsers.choice(new JsonValue(value), constants,
                ValueParsers.names(constants), problemsOf(path(name)))));
    }

    /** The numbers {@code min} to {@code max} as a list in words: {@code 1, 2, 3 or 4}. */
    private static Object choices(long min, long max) {
        if (min == max) {
            return min;
        }
        return Problem.of(max - min == 1 ? "choices.two" : "choices.more", min, choices(min + 1, max));
    }

    /** A nested object whose fields must be among {@code known}. */
    public Optional<JsonFields> object(String name, List<String> known, String what) {
        return value(name).flatMap(value -> of(value, path(name), violations, known, what));
    }

    /** The elements of an array field, at most {@code maxSize}; none after reporting anything else. */
    public List<JsonNode> array(String name, int maxSize, String what) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty() || size(value.get(), path(name), maxSize, what, violations) == 0) {
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(value.get().size());
        value.get().forEach(elements::add);
        return elements;
    }

    /**
     * The number of elements of a list of at most {@code maxSize} {@code what}; 0 after reporting a value
     * that is no array or too long.
     */
    static int size(JsonNode list, String listPath, int maxSize, String what, List<Violation> violations) {
        if (!list.isArray()) {
            violations.add(new Violation(listPath, Problem.of("list.expected", Problem.of(what),
                    ValueParsers.describe(new JsonValue(list)))));
            return 0;
        }
        if (list.size() > maxSize) {
            violations.add(new Violation(listPath, ValueParsers.tooMany(list.size(), maxSize)));
            return 0;
        }
        return list.size();
    }

    public void report(String name, Problem problem) {
        violations.add(new Violation(path(name), problem));
    }

    private ValueParsers.Problems problemsOf(String shownPath) {
        return problem -> violations.add(new Violation(shownPath, problem));
    }
}
