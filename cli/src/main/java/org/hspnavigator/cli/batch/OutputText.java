package org.hspnavigator.cli.batch;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import org.hspnavigator.formats.profile.CsvCells;

/**
 * The text of a chunk's output rows, appended field by field as the rows are scored, then written out
 * as it is. A character array rather than a StringBuilder: the batch runs under the C1 compiler, which
 * leaves a StringBuilder's several calls per append in place, and a builder's text would be copied once
 * more into a string to be written.
 */
final class OutputText {

    private char[] chars;
    private int length;

    OutputText(int capacity) {
        chars = new char[Math.max(capacity, 16)];
    }

    OutputText append(char c) {
        room(1);
        chars[length++] = c;
        return this;
    }

    /** Texts appended to every row (names, {@code true}, line ends) are kept as arrays. */
    OutputText append(char[] text) {
        room(text.length);
        System.arraycopy(text, 0, chars, length, text.length);
        length += text.length;
        return this;
    }

    OutputText append(CharSequence text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            chars[length++] = text.charAt(i);
        }
        return this;
    }

    /** A cell of an input row, as it is. */
    OutputText append(CsvCells row, int cell) {
        int cellLength = row.length(cell);
        room(cellLength);
        for (int i = 0; i < cellLength; i++) {
            chars[length++] = row.charAt(cell, i);
        }
        return this;
    }

    /** A number in decimal digits, as {@link Long#toString(long)} writes it. */
    OutputText append(long value) {
        if (value >= 0 && value <= Integer.MAX_VALUE) {
            appendDigits((int) value);
            return this;
        }
        return append(Long.toString(value));
    }

    /**
     * The digits of a number that fits an int, every one a row writes (line numbers, points, years).
     * Divided by 10 as a multiplication and a shift, exact for every int of 0 or more: C1 leaves a
     * division by a constant as a division, which costs tens of cycles, several times per field.
     */
    private void appendDigits(int value) {
        int digits = 1;
        for (long power = 10; power <= value; power *= 10) {
            digits++;
        }
        room(digits);
        int position = length + digits;
        length = position;
        int rest = value;
        while (rest >= 10) {
            int quotient = (int) ((rest * 0xCCCCCCCDL) >>> 35);
            chars[--position] = (char) ('0' + rest - 10 * quotient);
            rest = quotient;
        }
        chars[--position] = (char) ('0' + rest);
    }

    /** {@code YYYY-MM-DD}, as {@link LocalDate#toString()} writes a date of years 1000 to 9999. */
    OutputText append(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return append(date.toString());
        }
        appendDigits(year);
        append('-');
        twoDigits(date.getMonthValue());
        append('-');
        twoDigits(date.getDayOfMonth());
        return this;
    }

    /** A month or a day of the month (1 to 31) in two digits, without dividing (see appendDigits). */
    private void twoDigits(int value) {
        room(2);
        int tens = value >= 10 ? (value >= 20 ? (value >= 30 ? 3 : 2) : 1) : 0;
        chars[length++] = (char) ('0' + tens);
        chars[length++] = (char) ('0' + value - 10 * tens);
    }

    int length() {
        return length;
    }

    void writeTo(Writer out) throws IOException {
        out.write(chars, 0, length);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
        }
    }
}
