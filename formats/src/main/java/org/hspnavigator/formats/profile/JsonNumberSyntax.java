package org.hspnavigator.formats.profile;

import java.math.BigDecimal;

/**
 * Numbers written as JSON writes them ({@code 8000000}, {@code -0.5}, {@code 1e30}; not {@code 08},
 * {@code +1}, {@code 1.} or {@code 8,000,000}), so that a CSV cell reads as a number exactly when the
 * same text would in a JSON profile, and as the same number.
 */
final class JsonNumberSyntax {

    private JsonNumberSyntax() {
    }

    static boolean matches(HotLoopText text) {
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
     * The exact value of text that {@link #matches}, as {@code new BigDecimal} reads it (the same number
     * and scale: {@code 7.50} is not {@code 7.5}); null when its exponent is beyond what a BigDecimal
     * holds ({@code 1e99999999999}): such text is no number a profile can hold.
     */
    static BigDecimal decimal(HotLoopText text) {
        try {
            return new BigDecimal(text.array(), text.offset(), text.length());
        } catch (NumberFormatException exponentOutOfRange) {
            return null;
        }
    }

    private static int digits(HotLoopText text, int from) {
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
