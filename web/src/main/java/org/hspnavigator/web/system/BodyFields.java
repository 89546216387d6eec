package org.hspnavigator.web.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * The fields of a JSON object body of the workspace (an applicant's facts, a member, an event), read
 * with the words the profile's reader uses: an unknown field, a wrong type, a blank text, an impossible
 * date are each reported at the field's JSON path, all of them at once; an absent or {@code null} field
 * is left out. The profile and the case themselves are read by the {@code formats} module.
 */
public final class BodyFields {

    private static final int SHOWN_CHARACTERS = 60;

    private final JsonNode node;
    private final String path;
    private final List<Violation> violations;

    private BodyFields(JsonNode node, String path, List<Violation> violations) {
        this.node = node;
        this.path = path;
        this.violations = violations;
    }

    /**
     * The fields of {@code node} when it is an object; each field not among {@code known} is reported.
     * Empty, with the problem reported, when it is not an object.
     */
    public static Optional<BodyFields> of(JsonNode node, String path, List<Violation> violations, List<String> known,
            String what) {
        if (node == null || !node.isObject()) {
            violations.add(new Violation(JsonPath.shown(path), "expected " + what + " (a JSON object), got " + describe(node)));
            return Optional.empty();
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                String hint = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst()
                        .map(k -> "; did you mean \"" + k + "\"?").orElse("");
                violations.add(new Violation(JsonPath.property(path, name), "unknown field" + hint + " (known fields: "
                        + String.join(", ", known) + ")"));
            }
        }
        return Optional.of(new BodyFields(node, path, violations));
    }

    /** The value of a field, empty when absent or null. */
    public Optional<JsonNode> value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public boolean isMissing(String name) {
        return value(name).isEmpty();
    }

    public void requirePresent(String name, String meaning) {
        if (isMissing(name)) {
            report(name, (node.get(name) == null ? "required field is missing" : "required, got null") + " (" + meaning + ")");
        }
    }

    /** A non-blank string of at most {@code maxLength} characters. */
    public Optional<String> text(String name, int maxLength) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isString()) {
            return fail(name, "expected a string, got " + describe(value.get()));
        }
        String text = value.get().stringValue();
        if (text.isBlank()) {
            return fail(name, "must not be blank; leave the field out instead");
        }
        if (text.length() > maxLength) {
            return fail(name, "is " + text.length() + " characters long; at most " + maxLength + " are accepted");
        }
        return Optional.of(text);
    }

    /** A date written {@code YYYY-MM-DD} that exists. */
    public Optional<LocalDate> date(String name) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isString()) {
            return fail(name, "expected a date as a string \"YYYY-MM-DD\", got " + describe(value.get()));
        }
        String text = value.get().stringValue();
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return fail(name, "\"" + shorten(text) + "\" is not a date in the form YYYY-MM-DD");
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return fail(name, "\"" + text + "\" is not a real date");
        }
    }

    /** {@code true} or {@code false}; false when absent. */
    public boolean bool(String name) {
        Optional<JsonNode> value = value(name);
        if (value.isPresent() && !value.get().isBoolean()) {
            report(name, "expected true or false, got " + describe(value.get()));
            return false;
        }
        return value.isPresent() && value.get().booleanValue();
    }

    /** One of the constants of {@code type}, by its exact name. */
    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (!value.get().isString()) {
            return fail(name, "expected one of " + allowed + ", got " + describe(value.get()));
        }
        String text = value.get().stringValue();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        String hint = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(text)).findFirst()
                .map(c -> "; did you mean \"" + c.name() + "\"? Values are upper case").orElse("");
        return fail(name, "unknown value \"" + shorten(text) + "\"" + hint + "; expected one of " + allowed);
    }

    public void report(String name, String problem) {
        violations.add(new Violation(JsonPath.property(path, name), problem));
    }

    private <T> Optional<T> fail(String name, String problem) {
        report(name, problem);
        return Optional.empty();
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isString()) {
            return "the string \"" + shorten(value.stringValue()) + "\"";
        }
        if (value.isBoolean()) {
            return "the boolean " + value.booleanValue();
        }
        if (value.isNumber()) {
            return "the number " + shorten(value.toString());
        }
        return value.isArray() ? "an array" : "an object";
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
