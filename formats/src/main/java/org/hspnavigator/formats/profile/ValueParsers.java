package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.hspnavigator.formats.validation.Problem;

/**
 * Reads a written value as one of the {@link FieldType}s, one parser per type, for JSON and CSV alike:
 * the checks of docs/rules.md §18 and the words of every problem. A parser is given a value that is
 * there (neither absent nor {@code null}: the caller decides what absence means) and reports what is
 * wrong with it to {@link Problems}, which knows where the value was read from.
 */
final class ValueParsers {

    /** No whole number: the value was refused. */
    static final long NO_NUMBER = Long.MIN_VALUE;

    private static final BigDecimal SCIENTIFIC_ABOVE = new BigDecimal("1e30");
    /** Digits after the decimal point that a number may have, and that a message shows in plain digits. */
    private static final int MAX_PLAIN_SCALE = 30;
    /** Digits of a whole number that always fit a long. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final int SHOWN_LENGTH = 40;

    /** Where the problem of the value being read is reported: the path or column it was read from. */
    interface Problems {
        void report(Problem problem);
    }

    private ValueParsers() {
    }

    /** A date {@code YYYY-MM-DD} that exists; null after reporting anything else. */
    static LocalDate date(WrittenValue value, Problems problems) {
        if (!value.isString()) {
            problems.report(Problem.of("date.notString", describe(value)));
            return null;
        }
        HotLoopText text = value.text();
        LocalDate date = IsoDate.parse(text);
        if (date != null) {
            return date;
        }
        // The strict form failed: a spreadsheet's form is read for a CSV cell, and judged in the strict one.
        HotLoopText judged = value.fromSpreadsheet() ? new HotLoopText(SpreadsheetForms.date(text)) : text;
        date = value.fromSpreadsheet() ? IsoDate.parse(judged) : null;
        if (date == null) {
            problems.report(IsoDate.hasIsoForm(judged) ? Problem.of("date.notReal", text.toString())
                    : Problem.of(value.fromSpreadsheet() ? "date.notIsoForm.spreadsheet" : "date.notIsoForm",
                            shorten(text)));
        }
        return date;
    }

    /**
     * A whole number within the bounds of {@code rule}, whose unit names what it counts in messages
     * ("yen"); {@link #NO_NUMBER} after reporting anything else. A number written with a zero fraction or
     * an exponent ({@code 8000000.0}, {@code 8e6}) is whole.
     */
    static long wholeNumber(WrittenValue value, ProfileField.Rule rule, Problems problems) {
        long plain = value.plainWholeNumber();
        if (plain >= 0 && plain >= rule.minWhole && plain <= rule.maxWhole) {
            return plain;
        }
        BigDecimal exact = number(value, rule, problems);
        if (exact == null) {
            return NO_NUMBER;
        }
        if (exact.scale() == 0 && exact.precision() <= MAX_LONG_DIGITS) {
            return exact.longValue();
        }
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            problems.report(Problem.of("number.notWhole", unit(rule), plain(exact)));
            return NO_NUMBER;
        }
        return exact.longValueExact();
    }

    /**
     * A number within the bounds of {@code rule}, fractions allowed, exactly as written; null after
     * reporting anything else.
     */
    static BigDecimal decimal(WrittenValue value, ProfileField.Rule rule, Problems problems) {
        return number(value, rule, problems);
    }

    private static BigDecimal number(WrittenValue value, ProfileField.Rule rule, Problems problems) {
        BigDecimal exact = value.number();
        if (exact == null && value.fromSpreadsheet()) {
            exact = spreadsheetNumber(value.text());
        }
        if (exact == null) {
            problems.report(Problem.of(value.fromSpreadsheet() ? "number.notNumber.spreadsheet" : "number.notNumber",
                    unit(rule), describe(value)));
            return null;
        }
        if (exact.compareTo(rule.min) < 0) {
            problems.report(rule.min.signum() == 0 ? Problem.of("number.negative", plain(exact))
                    : Problem.of("number.belowMinimum", plain(rule.min), plain(exact)));
            return null;
        }
        if (exact.compareTo(rule.max) > 0) {
            problems.report(Problem.of("number.aboveLimit", plain(exact), plain(rule.max), unit(rule)));
            return null;
        }
        // No count of years or percent needs more digits; and rounding a fraction of 1e-999999999 to whole
        // years would take the arithmetic of a billion digits.
        // Stripping zeros never raises the scale: a number written with few decimals is not stripped (a
        // new BigDecimal for most numbers of a batch).
        if (exact.scale() > MAX_PLAIN_SCALE && exact.signum() != 0
                && exact.stripTrailingZeros().scale() > MAX_PLAIN_SCALE) {
            problems.report(Problem.of("number.tooManyDecimals", MAX_PLAIN_SCALE, plain(exact)));
            return null;
        }
        return exact;
    }

    /** {@code true} or {@code false}; false after reporting anything else. */
    static boolean bool(WrittenValue value, Problems problems) {
        Boolean bool = value.bool();
        if (bool == null && value.fromSpreadsheet()) {
            String plain = SpreadsheetForms.plain(value.text());
            bool = plain.equalsIgnoreCase("true") ? Boolean.TRUE : plain.equalsIgnoreCase("false") ? Boolean.FALSE : null;
        }
        if (bool == null) {
            problems.report(Problem.of("boolean.wrong", describe(value)));
            return false;
        }
        return bool;
    }

    /**
     * One of the constants, spelled exactly; null after reporting anything else. {@code names} are the
     * constants' names as characters ({@link #names}), compared with the text as they are.
     */
    static Enum<?> choice(WrittenValue value, Enum<?>[] constants, char[][] names, Problems problems) {
        if (value.isString()) {
            HotLoopText text = value.text();
            for (int i = 0; i < constants.length; i++) {
                if (text.is(names[i])) {
                    return constants[i];
                }
            }
        }
        if (!value.isString()) {
            problems.report(Problem.of("choice.notString", allowed(constants), describe(value)));
            return null;
        }
        String text = value.text().toString();
        if (value.fromSpreadsheet()) {
            // Spaces around a cell and full-width letters (Ｎ２) are a spreadsheet's, not another value.
            String plain = SpreadsheetForms.plain(text);
            for (Enum<?> constant : constants) {
                if (constant.name().equals(plain)) {
                    return constant;
                }
            }
            text = plain;
        }
        String meant = null;
        for (Enum<?> constant : constants) {
            if (constant.name().equalsIgnoreCase(text)) {
                meant = constant.name();
            }
        }
        problems.report(meant == null ? Problem.of("choice.unknown", shorten(text), allowed(constants))
                : Problem.of("choice.unknown.upperCase", shorten(text), meant, allowed(constants)));
        return null;
    }

    /**
     * The constants' names, as a message lists them; made only for a message, not for a value in a
     * spreadsheet's form that is read all the same ({@code N2 }).
     */
    private static String allowed(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The names of the constants as characters, for {@link #choice}. */
    static char[][] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(constant -> constant.name().toCharArray()).toArray(char[][]::new);
    }

    /** The number a CSV cell holds in a spreadsheet's form ({@code 8,000,000}); null when it holds none. */
    private static BigDecimal spreadsheetNumber(HotLoopText text) {
        HotLoopText number = new HotLoopText(SpreadsheetForms.number(text));
        return JsonNumberSyntax.matches(number) ? JsonNumberSyntax.decimal(number) : null;
    }

    /** Text that is not blank, of at most {@code maxLength} characters; null after reporting anything else. */
    static String text(WrittenValue value, int maxLength, Problems problems) {
        if (!value.isString()) {
            problems.report(Problem.of("text.notString", describe(value)));
            return null;
        }
        String text = value.text().toString();
        if (text.isBlank()) {
            problems.report(Problem.of("text.blank"));
            return null;
        }
        if (text.length() > maxLength) {
            problems.report(Problem.of("text.tooLong", text.length(), maxLength));
            return null;
        }
        return text;
    }

    /**
     * The problem of a required field left out: absent, or written as {@code null}; {@code meaning} says
     * the key of what the field holds in the {@code validation} bundle ({@code meaning.birthDate}).
     */
    static Problem missing(boolean writtenNull, String meaning) {
        return missing(writtenNull, Problem.of(meaning));
    }

    /** The problem of a required field left out, {@code meaning} saying what it holds. */
    static Problem missing(boolean writtenNull, Problem meaning) {
        return Problem.of(writtenNull ? "required.null" : "required.missing", meaning);
    }

    /** The problem of a list longer than it may be. */
    static Problem tooMany(int entries, int max) {
        return Problem.of("list.tooMany", entries, max);
    }

    /** How a value of the wrong kind is described in a message. */
    static Problem describe(WrittenValue value) {
        if (value.isNull()) {
            return Problem.of("found.null");
        }
        if (value.isString()) {
            return Problem.of("found.string", shorten(value.text()));
        }
        if (value.bool() != null) {
            return Problem.of("found.boolean", value.bool().toString());
        }
        if (value.number() != null) {
            return Problem.of("found.number", plain(value.number()));
        }
        return Problem.of(value.isArray() ? "found.array" : "found.object");
    }

    /** The words of a rule's unit, e.g. {@code yen}. */
    private static Problem unit(ProfileField.Rule rule) {
        return Problem.of(rule.unit);
    }

    /** A number as messages show it: plain digits, but in scientific notation from 10^30 on. */
    static String plain(BigDecimal number) {
        // A huge number or a tiny fraction (1e-999999999) in scientific notation, whose length does not
        // grow with the exponent.
        return number.abs().compareTo(SCIENTIFIC_ABOVE) >= 0 || number.scale() > MAX_PLAIN_SCALE
                ? number.toString() : number.toPlainString();
    }

    private static String shorten(CharSequence text) {
        return text.length() <= SHOWN_LENGTH ? text.toString() : text.subSequence(0, 37) + "...";
    }
}
