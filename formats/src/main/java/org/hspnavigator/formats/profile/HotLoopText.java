package org.hspnavigator.formats.profile;

import java.math.BigDecimal;

/**
 * The characters of a written text, as the parsers read them in the batch's hot loop: the one class
 * whose code is written for speed rather than plainness. A text is a range of a character array, that
 * of a chunk of CSV rows or of a JSON string, so a cell is read where FastCSV left it, without a
 * string. It is a final class rather than any CharSequence, and compares words ({@link #is}) and reads
 * plain whole numbers ({@link #plainWholeNumber}) by itself, because the batch runs under the C1
 * compiler, which inlines the calls of a final class but leaves an interface's calls as calls, and
 * because BigDecimal's general parser is slow for the few digits most numbers have.
 */
final class HotLoopText implements CharSequence {

    /** Digits of a whole number that always fit a long. */
    private static final int MAX_LONG_DIGITS = 18;

    private char[] chars;
    private int start;
    private int length;

    /** A text to be pointed at characters with {@link #point}. */
    HotLoopText() {
    }

    /** The text of a string. */
    HotLoopText(String text) {
        point(text.toCharArray(), 0, text.length());
    }

    /** This text, now {@code chars[start, start + length)}. */
    HotLoopText point(char[] chars, int start, int length) {
        this.chars = chars;
        this.start = start;
        this.length = length;
        return this;
    }

    /** Whether the text is the word of {@code word}'s characters, as {@code String.contentEquals} says. */
    boolean is(char[] word) {
        if (length != word.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of a number written in plain ASCII digits with an optional fraction ({@code 7},
     * {@code 7.50}, {@code 0.25}), with the scale {@code new BigDecimal} gives it; null for any other text,
     * which the general parse reads.
     */
    BigDecimal plainDecimal() {
        int point = -1;
        long unscaled = 0;
        if (length == 0 || length > MAX_LONG_DIGITS) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = chars[start + i];
            if (c == '.' && point < 0 && i > 0 && i < length - 1) {
                point = i;
            } else if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
            } else {
                return null;
            }
        }
        if ((point < 0 ? length : point) > 1 && chars[start] == '0') {
            return null;
        }
        return BigDecimal.valueOf(unscaled, point < 0 ? 0 : length - 1 - point);
    }

    /**
     * The value of a whole number written in plain ASCII digits without a leading zero ({@code 0},
     * {@code 8000000}) that fits a long; -1 for any other text, which the general parse reads.
     */
    long plainWholeNumber() {
        if (length == 0 || length > MAX_LONG_DIGITS || length > 1 && chars[start] == '0') {
            return -1;
        }
        long value = 0;
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new String(chars, start + from, to - from);
    }

    @Override
    public String toString() {
        return new String(chars, start, length);
    }

    /** The array the text is a range of. */
    char[] array() {
        return chars;
    }

    /** Where the text starts in {@link #array()}. */
    int offset() {
        return start;
    }
}
