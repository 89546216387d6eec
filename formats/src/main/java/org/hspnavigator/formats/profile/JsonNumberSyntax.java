package org.hspnavigator.formats.profile;

import java.math.BigDecimal;

/**
 * Whether text is a number as JSON writes it ({@code 8000000}, {@code -0.5}, {@code 1e30}; not
 * {@code 08}, {@code +1}, {@code 1.} or {@code 8,000,000}), so that a CSV cell reads as a number
 * exactly when the same text would in a JSON profile.
 */
final class JsonNumberSyntax {

    private JsonNumberSyntax() {
    }

    static boolean matches(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && text.charAt(i) == '-') {
            i++;
        }
        if (i >= length) {
            return false;
        }
        if (text.charAt(i) == '0') {
            i++;
        } else if (isDigit(text.charAt(i))) {
            i = digits(text, i);
        } else {
            return false;
        }
        if (i < length && text.charAt(i) == '.') {
            int start = ++i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        return i == length;
    }

    /**
     * The exact value of text that {@link #matches}: the same number and scale as {@code new BigDecimal(text)},
     * made without parsing a BigDecimal for the common case of a few digits with an optional fraction.
     *
     * @throws NumberFormatException when the exponent is out of range, as {@code new BigDecimal} does
     */
    static BigDecimal decimal(String text) {
        int length = text.length();
        int i = text.charAt(0) == '-' ? 1 : 0;
        long unscaled = 0;
        int scale = -1;
        int digits = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && scale < 0) {
                scale = 0;
                continue;
            }
            if (!isDigit(c) || ++digits > MAX_LONG_DIGITS) {
                return new BigDecimal(text);
            }
            unscaled = unscaled * 10 + (c - '0');
            if (scale >= 0) {
                scale++;
            }
        }
        return BigDecimal.valueOf(text.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /** Digits that always fit a long. */
    private static final int MAX_LONG_DIGITS = 18;

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
