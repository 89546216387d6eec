package org.hspnavigator.formats.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.util.DefaultIndenter;

/**
 * The assessment JSON as UTF-8 bytes, appended into an array that is passed on to an output stream
 * whenever the next piece would not fit: the one class of the assessment writer made for speed rather
 * than plainness. Jackson's generator with the pretty printer spent most of the writer's time on its
 * bookkeeping per token (the printer's calls, the context's checks, each separator and indentation
 * written in pieces); here a field's name with its quotes and the {@code " : "} after it, and each
 * level's line break and indentation, are ready bytes copied at once, and the texts of the rule book are
 * encoded once ({@link RuleBookTexts}). The measurements: bench/README.md, "The assessment writer".
 *
 * <p>The bytes are those of Jackson's generator with {@code StrictJson}'s printer, which lays out as
 * Jackson's {@code DefaultPrettyPrinter}: objects broken over lines and indented by two spaces per
 * object level, arrays on the line with a space inside the brackets and {@code ", "} between values,
 * {@code "{ }"} and {@code "[ ]"} when empty. Strings are escaped as that generator escapes them:
 * {@code \"}, {@code \\}, the short forms {@code \b \t \n \f \r}, other control characters as a
 * backslash, {@code u} and four hexadecimal digits in upper case, a lone surrogate the same way, a
 * surrogate pair as the four bytes of its code point; everything else as its UTF-8 bytes (no escaping
 * of {@code /}, U+2028 or non-ASCII). {@code HotLoopJsonBytesTest} and {@code AssessmentJsonBytesTest}
 * hold both to Jackson's output.
 */
final class HotLoopJsonBytes {

    /** Jackson's printer breaks lines with the system's line separator, as {@code DefaultIndenter} does. */
    private static final byte[] LINE_BREAK = DefaultIndenter.SYS_LF.getBytes(StandardCharsets.US_ASCII);
    /** The line break and indentation of each object level, ready to copy. */
    private static final byte[][] LINES = new byte[24][];
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LONG_MIN = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
    /** 10 to the power of each index, up to the largest power a long holds. */
    private static final long[] POWERS_OF_TEN = new long[19];
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 to write it as it is, the letter of its short escape, or 'u' for four hex digits. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int power = 1; power < POWERS_OF_TEN.length; power++) {
            POWERS_OF_TEN[power] = POWERS_OF_TEN[power - 1] * 10;
        }
        for (int level = 0; level < LINES.length; level++) {
            LINES[level] = indentation(level);
        }
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    /** Where the bytes go; {@code null} for the ready strings of {@link #quoted}, which stay in the array. */
    private final OutputStream sink;
    /** The sink when it takes the bytes in place: then {@link #bytes} is its array, grown as needed. */
    private final InPlaceBytes inPlace;
    private byte[] bytes;
    private int length;
    /** The objects open: the indentation level of their entries. */
    private int nesting;
    /** The containers open, innermost last: whether each is an object, and whether it has a value yet. */
    private boolean[] objects = new boolean[16];
    private boolean[] filled = new boolean[16];
    private int depth;
    /** The text of the next value made in place ({@link #text}), and its characters to encode. */
    private final StringBuilder text = new StringBuilder(256);
    private char[] chars = new char[256];

    /**
     * Bytes for {@code sink}, passed on in runs of up to {@code capacity} bytes; {@link #flush} passes on the rest.
     * Into an {@link InPlaceBytes}, the bytes are written straight into its array after those it holds.
     */
    HotLoopJsonBytes(OutputStream sink, int capacity) {
        this.sink = sink;
        if (sink instanceof InPlaceBytes target) {
            inPlace = target;
            bytes = target.array();
            length = target.size();
        } else {
            inPlace = null;
            bytes = new byte[capacity];
        }
    }

    /** A field's name as this class writes it: quoted, escaped, followed by {@code " : "}. */
    static byte[] name(String name) {
        byte[] quoted = quoted(name);
        byte[] run = Arrays.copyOf(quoted, quoted.length + 3);
        run[quoted.length] = ' ';
        run[quoted.length + 1] = ':';
        run[quoted.length + 2] = ' ';
        return run;
    }

    /** A text as a JSON string, quoted and escaped, to be written with {@link #value(byte[])}. */
    static byte[] quoted(String text) {
        HotLoopJsonBytes out = new HotLoopJsonBytes(null, text.length() * 6 + 2);
        out.appendQuoted(text);
        return Arrays.copyOf(out.bytes, out.length);
    }

    void startObject() {
        beforeValue();
        append((byte) '{');
        nesting++;
        open(true);
    }

    void endObject() {
        nesting--;
        if (filled[depth - 1]) {
            appendLine(nesting);
        } else {
            append((byte) ' ');
        }
        append((byte) '}');
        depth--;
    }

    void startArray() {
        beforeValue();
        append((byte) '[');
        open(false);
    }

    void endArray() {
        ensure(2);
        bytes[length++] = ' ';
        bytes[length++] = ']';
        depth--;
    }

    /** The next entry's name, from {@link #name(String)}; its value follows. */
    void name(byte[] name) {
        if (filled[depth - 1]) {
            append((byte) ',');
        }
        filled[depth - 1] = true;
        appendLine(nesting);
        append(name);
    }

    void value(String text) {
        beforeValue();
        appendQuoted(text);
    }

    /**
     * An empty builder for the text of the next value, written with {@link #value(StringBuilder)}: the
     * texts made for an answer (explanations, notes) are encoded from it, without a {@code String} each.
     */
    StringBuilder text() {
        text.setLength(0);
        return text;
    }

    /** The text made in the builder of {@link #text()}. */
    void value(StringBuilder made) {
        beforeValue();
        int count = made.length();
        if (chars.length < count) {
            chars = new char[Math.max(count, chars.length * 2)];
        }
        made.getChars(0, count, chars, 0);
        appendQuoted(chars, count);
    }

    /** A string already quoted by {@link #quoted(String)}. */
    void value(byte[] quoted) {
        beforeValue();
        append(quoted);
    }

    void value(long number) {
        beforeValue();
        if (number == Long.MIN_VALUE) {
            append(LONG_MIN);
            return;
        }
        ensure(20);
        if (number < 0) {
            bytes[length++] = '-';
            number = -number;
        }
        int digits = digits(number);
        if (number <= Integer.MAX_VALUE) {
            // Points, ages and most amounts: the int division is the cheaper one.
            int rest = (int) number;
            for (int i = length + digits - 1; i >= length; i--) {
                bytes[i] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
        } else {
            for (int i = length + digits - 1; i >= length; i--) {
                bytes[i] = (byte) ('0' + number % 10);
                number /= 10;
            }
        }
        length += digits;
    }

    /**
     * The number of decimal digits of a number that is not negative, counted by comparisons: a division
     * per digit to count them was a twentieth of the writer's samples.
     */
    private static int digits(long number) {
        int digits = 1;
        while (digits < POWERS_OF_TEN.length && number >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return digits;
    }

    void value(boolean truth) {
        beforeValue();
        append(truth ? TRUE : FALSE);
    }

    void nullValue() {
        beforeValue();
        append(NULL);
    }

    /** Passes the bytes not yet passed on to the output stream, which stays open. */
    void flush() {
        if (inPlace != null) {
            inPlace.written(bytes, length);
            return;
        }
        try {
            sink.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        length = 0;
    }

    /** Before a value: in an array, the space after the bracket or the separator from the last value. */
    private void beforeValue() {
        if (depth == 0 || objects[depth - 1]) {
            return;
        }
        ensure(2);
        if (filled[depth - 1]) {
            bytes[length++] = ',';
        }
        bytes[length++] = ' ';
        filled[depth - 1] = true;
    }

    private void open(boolean object) {
        if (depth == objects.length) {
            objects = Arrays.copyOf(objects, depth * 2);
            filled = Arrays.copyOf(filled, depth * 2);
        }
        objects[depth] = object;
        filled[depth] = false;
        depth++;
    }

    private void appendLine(int level) {
        append(level < LINES.length ? LINES[level] : indentation(level));
    }

    private void appendQuoted(String text) {
        int count = text.length();
        if (chars.length < count) {
            chars = new char[Math.max(count, chars.length * 2)];
        }
        text.getChars(0, count, chars, 0);
        appendQuoted(chars, count);
    }

    private void appendQuoted(char[] text, int count) {
        ensure(count * 6 + 2);
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < count; i++) {
            char c = text[i];
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    out[at++] = (byte) c;
                } else if (escape == 'u') {
                    at = unicodeEscape(out, at, c);
                } else {
                    out[at++] = '\\';
                    out[at++] = escape;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(text[i + 1])) {
                int codePoint = Character.toCodePoint(c, text[++i]);
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                at = unicodeEscape(out, at, c);
            }
        }
        out[at++] = '"';
        length = at;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[c >> 12];
        out[at++] = HEX[c >> 8 & 0xF];
        out[at++] = HEX[c >> 4 & 0xF];
        out[at++] = HEX[c & 0xF];
        return at;
    }

    private void append(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void append(byte[] run) {
        ensure(run.length);
        System.arraycopy(run, 0, bytes, length, run.length);
        length += run.length;
    }

    /** Room for {@code more} bytes: the array passed on when they would not fit, made larger only for a long text. */
    private void ensure(int more) {
        if (length + more <= bytes.length) {
            return;
        }
        if (sink != null && inPlace == null) {
            flush();
        }
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private static byte[] indentation(int level) {
        byte[] line = Arrays.copyOf(LINE_BREAK, LINE_BREAK.length + 2 * level);
        Arrays.fill(line, LINE_BREAK.length, line.length, (byte) ' ');
        return line;
    }
}
