package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Violation;

/**
 * Typed access to the fields of one object of a profile document (JSON, or a CSV row seen through
 * {@link ProfileValue}) at a known path, reporting every problem as a
 * {@link Violation} instead of throwing, so that one pass over a profile finds all its mistakes. A
 * field that is absent or {@code null} takes its default; a field that is present but wrong is a
 * violation, never a default.
 */
public final class ObjectFields {

    private static final BigDecimal SCIENTIFIC_ABOVE = new BigDecimal("1e30");
    private static final int MAX_PLAIN_SCALE = 30;
    /** Digits of a whole number that always fit a long. */
    private static final int MAX_LONG_DIGITS = 18;
    /** The constants of each enum read, as {@link Class#getEnumConstants()} copies its array at every call. */
    private static final ClassValue<Enum<?>[]> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    private final ProfileValue node;
    private final String path;
    private final List<Violation> violations;

    private ObjectFields(ProfileValue node, String path, List<Violation> violations) {
        this.node = node;
        this.path = path;
        this.violations = violations;
    }

    /**
     * The fields of {@code node} if it is an object whose fields are all among {@code known};
     * otherwise the problems are reported and the fields that are known are still read.
     */
    public static Optional<ObjectFields> of(ProfileValue node, String path, List<Violation> violations, List<String> known,
            String what) {
        if (!node.isObject()) {
            violations.add(new Violation(JsonPath.shown(path), "expected " + what + " (a JSON object), got " + describe(node)));
            return Optional.empty();
        }
        if (node.fieldsAmong(known)) {
            return Optional.of(new ObjectFields(node, path, violations));
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                violations.add(new Violation(JsonPath.property(path, name), "unknown field"
                        + FieldNames.suggestion(name, known) + " (known fields: " + String.join(", ", known) + ")"));
            }
        }
        return Optional.of(new ObjectFields(node, path, violations));
    }

    public String path(String name) {
        return JsonPath.property(path, name);
    }

    /** The value of a field, empty when absent or null. */
    public Optional<ProfileValue> value(String name) {
        ProfileValue value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public boolean isMissing(String name) {
        return value(name).isEmpty();
    }

    public void requirePresent(String name, String meaning) {
        if (isMissing(name)) {
            ProfileValue value = node.get(name);
            violations.add(new Violation(path(name), (value == null ? "required field is missing" : "required, got null")
                    + " (" + meaning + ")"));
        }
    }

    public Optional<LocalDate> date(String name) {
        Optional<ProfileValue> value = value(name);
        return value.isEmpty() ? Optional.empty() : date(value.get(), name, null);
    }

    /**
     * A date given as an element of an array (e.g. children's birth dates) rather than as a field, checked
     * like a date field and reported at {@code elementPath}.
     */
    public Optional<LocalDate> dateElement(ProfileValue element, String elementPath) {
        if (element.isNull()) {
            violations.add(new Violation(elementPath, "expected a date as a string \"YYYY-MM-DD\", got null"));
            return Optional.empty();
        }
        return date(element, null, elementPath);
    }

    /**
     * A date at the field {@code name}, or at {@code elementPath} when that is given; the path is built
     * only for a message, as dates are read for every batch row.
     */
    private Optional<LocalDate> date(ProfileValue value, String name, String elementPath) {
        if (!value.isString()) {
            return failAt(shownPath(name, elementPath), "expected a date as a string \"YYYY-MM-DD\", got " + describe(value));
        }
        String text = value.stringValue();
        if (!isIsoDate(text)) {
            return failAt(shownPath(name, elementPath), "\"" + shorten(text) + "\" is not a date in the form YYYY-MM-DD");
        }
        // As strict as LocalDate.parse, without a formatter: dates are read for every batch row. The month
        // and day are checked here rather than by catching LocalDate.of's exception, which would fill in a
        // stack trace for every invalid date of a batch.
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        int day = Integer.parseInt(text, 8, 10, 10);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return failAt(shownPath(name, elementPath), "\"" + text + "\" is not a real date");
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private String shownPath(String name, String elementPath) {
        return elementPath != null ? elementPath : path(name);
    }

    /** {@code YYYY-MM-DD} in ASCII digits. */
    private static boolean isIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** A whole number within [min, max]; {@code unit} names what it counts in messages ("yen"). */
    public OptionalLong wholeNumber(String name, long min, long max, String unit) {
        // The common case, an integer within the limits, is accepted without BigDecimal arithmetic; any other
        // value takes the general path below, which alone decides what is wrong and says so.
        ProfileValue given = node.get(name);
        if (given != null && !given.isNull() && given.isNumber()) {
            BigDecimal exact = given.decimalValue();
            if (exact.scale() == 0 && exact.precision() <= MAX_LONG_DIGITS) {
                long whole = exact.longValue();
                if (whole >= min && whole <= max) {
                    return OptionalLong.of(whole);
                }
            }
        }
        Optional<BigDecimal> value = number(name, BigDecimal.valueOf(min), BigDecimal.valueOf(max), unit);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        BigDecimal exact = value.get();
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            fail(name, "must be a whole number of " + unit + ", got " + plain(exact));
            return OptionalLong.empty();
        }
        return OptionalLong.of(exact.longValueExact());
    }

    /** A number within [min, max], fractions allowed. */
    public Optional<BigDecimal> decimal(String name, BigDecimal min, BigDecimal max, String unit) {
        return number(name, min, max, unit);
    }

    private Optional<BigDecimal> number(String name, BigDecimal min, BigDecimal max, String unit) {
        Optional<ProfileValue> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isNumber()) {
            return fail(name, "expected a number of " + unit + ", got " + describe(value.get()));
        }
        BigDecimal exact = value.get().decimalValue();
        if (exact.compareTo(min) < 0) {
            return fail(name, (min.signum() == 0 ? "must not be negative" : "must be at least " + plain(min))
                    + ", got " + plain(exact));
        }
        if (exact.compareTo(max) > 0) {
            return fail(name, plain(exact) + " is above the limit of " + plain(max) + " " + unit
                    + "; check for a typing mistake");
        }
        // No count of years or percent needs more digits; and rounding a fraction of 1e-999999999 to whole
        // years would take the arithmetic of a billion digits.
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > MAX_PLAIN_SCALE) {
            return fail(name, "has more than " + MAX_PLAIN_SCALE + " digits after the decimal point, got "
                    + plain(exact));
        }
        return Optional.of(exact);
    }

    /** A boolean; absent or null is false. */
    public boolean bool(String name) {
        Optional<ProfileValue> value = value(name);
        if (value.isEmpty()) {
            return false;
        }
        if (!value.get().isBoolean()) {
            fail(name, "expected true or false, got " + describe(value.get()));
            return false;
        }
        return value.get().booleanValue();
    }

    /** One of the enum's constants, spelled exactly. */
    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        Optional<ProfileValue> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().isString()) {
            String text = value.get().stringValue();
            for (Enum<?> constant : ENUM_CONSTANTS.get(type)) {
                if (constant.name().equals(text)) {
                    return Optional.of(type.cast(constant));
                }
            }
        }
        // Built only for a message: enum fields are read for every row of a batch.
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (!value.get().isString()) {
            return fail(name, "expected one of " + allowed + ", got " + describe(value.get()));
        }
        String text = value.get().stringValue();
        String hint = "";
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                hint = "; did you mean \"" + constant.name() + "\"? Values are upper case";
            }
        }
        return fail(name, "unknown value \"" + shorten(text) + "\"" + hint + "; expected one of " + allowed);
    }

    /** A non-blank string of at most {@code maxLength} characters. */
    public Optional<String> text(String name, int maxLength) {
        Optional<ProfileValue> value = value(name);
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

    /** A nested object whose fields must be among {@code known}. */
    public Optional<ObjectFields> object(String name, List<String> known, String what) {
        return value(name).flatMap(value -> of(value, path(name), violations, known, what));
    }

    /** An object found elsewhere than in a field of this one (an array element), sharing the violations. */
    public Optional<ObjectFields> nested(ProfileValue value, String valuePath, List<String> known, String what) {
        return of(value, valuePath, violations, known, what);
    }

    /** The elements of an array field, at most {@code maxSize}. */
    public List<ProfileValue> array(String name, int maxSize, String what) {
        Optional<ProfileValue> value = value(name);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            fail(name, "expected a list of " + what + " (a JSON array), got " + describe(value.get()));
            return List.of();
        }
        if (value.get().size() > maxSize) {
            fail(name, value.get().size() + " entries; at most " + maxSize + " are accepted");
            return List.of();
        }
        List<ProfileValue> elements = new ArrayList<>(value.get().size());
        for (int i = 0; i < value.get().size(); i++) {
            elements.add(value.get().element(i));
        }
        return elements;
    }

    public void report(String name, String problem) {
        violations.add(new Violation(path(name), problem));
    }

    private <T> Optional<T> fail(String name, String problem) {
        return failAt(path(name), problem);
    }

    private <T> Optional<T> failAt(String shownPath, String problem) {
        violations.add(new Violation(shownPath, problem));
        return Optional.empty();
    }

    /** How a JSON value of the wrong kind is described in a message. */
    public static String describe(ProfileValue value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "the string \"" + shorten(value.stringValue()) + "\"";
        }
        if (value.isBoolean()) {
            return "the boolean " + value.booleanValue();
        }
        if (value.isNumber()) {
            return "the number " + plain(value.decimalValue());
        }
        if (value.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /**
     * The number as written in plain digits, unless that would take more than about 30 of them: a huge
     * number or a tiny fraction (1e-999999999) is shown in scientific notation, whose length does not
     * grow with the exponent.
     */
    public static String plain(BigDecimal number) {
        return number.abs().compareTo(SCIENTIFIC_ABOVE) >= 0 || number.scale() > MAX_PLAIN_SCALE
                ? number.toString() : number.toPlainString();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
