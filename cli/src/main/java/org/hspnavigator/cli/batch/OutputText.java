package org.hspnavigator.cli.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.hspnavigator.formats.profile.CsvCells;

/**
 * The text of a chunk's output rows in UTF-8, appended field by field as the rows are scored, then
 * written out as it is. Bytes rather than characters: the scorer threads encode as they append, which
 * for the ASCII of numbers, dates and names is a plain copy, and the thread that writes the file only
 * hands the bytes over, instead of encoding some 65 characters per row on its own. Rather than a
 * StringBuilder, too: the batch runs under the C1 compiler, which leaves a builder's several calls per
 * append in place.
 */
final class OutputText {

    private byte[] bytes;
    private int length;

    OutputText(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** A character, encoded. */
    OutputText append(char c) {
        if (c >= 0x80) {
            return append(String.valueOf(c));
        }
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Texts appended to every row (names, {@code true}, line ends), kept encoded: see {@link #ascii}. */
    OutputText append(byte[] encoded) {
        room(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
        return this;
    }

    /** A text, encoded. */
    OutputText append(CharSequence text) {
        int textLength = text.length();
        room(textLength);
        for (int i = 0; i < textLength; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                // Beyond ASCII, the JDK's encoder, which pairs surrogates as UTF-8 requires.
                return appendEncoded(text.subSequence(i, textLength).toString());
            }
            bytes[length++] = (byte) c;
        }
        return this;
    }

    /** A cell of an input row, as it is. */
    OutputText append(CsvCells row, int cell) {
        int cellLength = row.length(cell);
        room(cellLength);
        for (int i = 0; i < cellLength; i++) {
            char c = row.charAt(cell, i);
            if (c >= 0x80) {
                StringBuilder rest = new StringBuilder(cellLength - i);
                for (int j = i; j < cellLength; j++) {
                    rest.append(row.charAt(cell, j));
                }
                return appendEncoded(rest.toString());
            }
            bytes[length++] = (byte) c;
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
            bytes[--position] = (byte) ('0' + rest - 10 * quotient);
            rest = quotient;
        }
        bytes[--position] = (byte) ('0' + rest);
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
        bytes[length++] = (byte) ('0' + tens);
        bytes[length++] = (byte) ('0' + value - 10 * tens);
    }

    /** The UTF-8 bytes of an ASCII text, for {@link #append(byte[])}. */
    static byte[] ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                throw new IllegalArgumentException("not ASCII: " + text);
            }
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** How many bytes the text takes. */
    int length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /** For standard output, which the command writes as text. */
    void writeTo(Writer out) throws IOException {
        out.write(toString());
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private OutputText appendEncoded(String text) {
        return append(text.getBytes(StandardCharsets.UTF_8));
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
