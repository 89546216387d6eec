package org.hspnavigator.formats.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms in which a spreadsheet kept in Japan writes values, read as the forms of the profile
 * (docs/rules.md §18) where their meaning is certain: full-width characters ({@code ８０００００},
 * {@code Ｎ２}) as their ASCII twins, spaces around a value dropped ({@code N2 }), a date with slashes
 * ({@code 2026/12/01}, {@code 2026/1/5}) as {@code 2026-12-01}, and commas between groups of three
 * digits ({@code 8,000,000}) as thousands separators. For CSV cells only: JSON has its own types, and
 * a program that writes it writes the strict forms.
 *
 * <p>What stays ambiguous is refused by the parsers with the accepted form in the message: a date with
 * the year last ({@code 01/12/2026}: day or month first?), a decimal comma ({@code 8,5}), dots between
 * thousands ({@code 8.000.000}).
 */
final class SpreadsheetForms {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    /** From a full-width form to its ASCII twin: ！ (U+FF01) is ! (U+0021). */
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private SpreadsheetForms() {
    }

    /**
     * The text with full-width characters as their ASCII twins and without surrounding spaces (full-width
     * ones too). Only the full-width forms (U+FF01 to U+FF5E, U+3000), not Unicode's compatibility
     * mapping, which would also read a circled ① or a superscript ² as a digit.
     */
    static String plain(CharSequence text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            plain.append(c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST ? (char) (c - FULL_WIDTH_OFFSET)
                    : c == IDEOGRAPHIC_SPACE ? ' ' : c);
        }
        return plain.toString().strip();
    }

    /** The text of a date in the form {@code YYYY-MM-DD} when it is one in a spreadsheet's form. */
    static String date(CharSequence text) {
        String plain = plain(text);
        Matcher slashed = SLASHED_DATE.matcher(plain);
        if (!slashed.matches()) {
            return plain;
        }
        return slashed.group(1) + "-" + twoDigits(slashed.group(2)) + "-" + twoDigits(slashed.group(3));
    }

    /** The text of a number as JSON writes it when it is one in a spreadsheet's form. */
    static String number(CharSequence text) {
        String plain = plain(text);
        return THOUSANDS.matcher(plain).matches() ? plain.replace(",", "") : plain;
    }

    private static String twoDigits(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
