package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

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
        void report(String problem);
    }

    private ValueParsers() {
    }

    /** A date {@code YYYY-MM-DD} that exists; null after reporting anything else. */
    static LocalDate date(WrittenValue value, Problems problems) {
        if (!value.isString()) {
            problems.report("expected a date as a string \"YYYY-MM-DD\", got " + describe(value));
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
            problems.report(IsoDate.hasIsoForm(judged) ? "\"" + text + "\" is not a real date"
                    : "\"" + shorten(text) + "\" is not a date in the form YYYY-MM-DD"
                            + (value.fromSpreadsheet() ? SpreadsheetForms.DATE_FORMS : ""));
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
            problems.report("must be a whole number of " + rule.unit + ", got " + plain(exact));
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
            problems.report("expected a number of " + rule.unit + ", got " + describe(value)
                    + (value.fromSpreadsheet() ? SpreadsheetForms.NUMBER_FORMS : ""));
            return null;
        }
        if (exact.compareTo(rule.min) < 0) {
            problems.report((rule.min.signum() == 0 ? "must not be negative" : "must be at least " + plain(rule.min))
                    + ", got " + plain(exact));
            return null;
        }
        if (exact.compareTo(rule.max) > 0) {
            problems.report(plain(exact) + " is above the limit of " + plain(rule.max) + " " + rule.unit
                    + "; check for a typing mistake");
            return null;
        }
        // No count of years or percent needs more digits; and rounding a fraction of 1e-999999999 to whole
        // years would take the arithmetic of a billion digits.
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > MAX_PLAIN_SCALE) {
            problems.report("has more than " + MAX_PLAIN_SCALE + " digits after the decimal point, got "
                    + plain(exact));
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
            problems.report("expected true or false, got " + describe(value));
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
        String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        if (!value.isString()) {
            problems.report("expected one of " + allowed + ", got " + describe(value));
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
        String hint = "";
        for (Enum<?> constant : constants) {
            if (constant.name().equalsIgnoreCase(text)) {
                hint = "; did you mean \"" + constant.name() + "\"? Values are upper case";
            }
        }
        problems.report("unknown value \"" + shorten(text) + "\"" + hint + "; expected one of " + allowed);
        return null;
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
            problems.report("expected a string, got " + describe(value));
            return null;
        }
        String text = value.text().toString();
        if (text.isBlank()) {
            problems.report("must not be blank; leave the field out instead");
            return null;
        }
        if (text.length() > maxLength) {
            problems.report("is " + text.length() + " characters long; at most " + maxLength + " are accepted");
            return null;
        }
        return text;
    }

    /**
     * The problem of a required field left out: absent, or written as {@code null}; {@code meaning} says
     * what the field holds.
     */
    static String missing(boolean writtenNull, String meaning) {
        return (writtenNull ? "required, got null" : "required field is missing") + " (" + meaning + ")";
    }

    /** The problem of a list longer than it may be. */
    static String tooMany(int entries, int max) {
        return entries + " entries; at most " + max + " are accepted";
    }

    /** How a value of the wrong kind is described in a message. */
    static String describe(WrittenValue value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "the string \"" + shorten(value.text()) + "\"";
        }
        if (value.bool() != null) {
            return "the boolean " + value.bool();
        }
        if (value.number() != null) {
            return "the number " + plain(value.number());
        }
        return value.isArray() ? "an array" : "an object";
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
