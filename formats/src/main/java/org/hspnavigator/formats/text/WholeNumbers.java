package org.hspnavigator.formats.text;

import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.NumberFormat;

/**
 * What a number format of a message writes for a value, shared by every thread: whole numbers (points,
 * years, yen) are written digit by digit with the format's grouping, signs and affixes, checked when
 * made against what the format itself writes for numbers of every length; any other value, or a format
 * whose whole numbers come out otherwise, is written by a copy of the format (a format keeps state while
 * it writes, so it cannot be shared).
 */
final class WholeNumbers {

    /** Values whose text the digit-by-digit writing must equal the format's before it is trusted. */
    private static final long[] PROBES = probes();

    private final NumberFormat format;
    private final boolean byDigits;
    private final char groupingSeparator;
    private final int groupingSize;
    private final String positivePrefix;
    private final String positiveSuffix;
    private final String negativePrefix;
    private final String negativeSuffix;

    private WholeNumbers(NumberFormat format) {
        this.format = format;
        if (format instanceof DecimalFormat decimal && decimal.isGroupingUsed() && decimal.getGroupingSize() > 0) {
            groupingSeparator = decimal.getDecimalFormatSymbols().getGroupingSeparator();
            groupingSize = decimal.getGroupingSize();
            positivePrefix = decimal.getPositivePrefix();
            positiveSuffix = decimal.getPositiveSuffix();
            negativePrefix = decimal.getNegativePrefix();
            negativeSuffix = decimal.getNegativeSuffix();
            byDigits = writesAsFormat();
        } else {
            groupingSeparator = 0;
            groupingSize = 0;
            positivePrefix = positiveSuffix = negativePrefix = negativeSuffix = "";
            byDigits = false;
        }
    }

    static WholeNumbers of(NumberFormat format) {
        return new WholeNumbers((NumberFormat) format.clone());
    }

    /** Whether whole numbers are written digit by digit (the format wrote every probe so). */
    boolean writesByDigits() {
        return byDigits;
    }

    /** Appends the text the format writes for {@code value}, a number or anything the format refuses as it would. */
    void append(StringBuilder text, Object value) {
        if (byDigits && (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte)) {
            appendDigits(text, ((Number) value).longValue());
        } else {
            text.append(((NumberFormat) format.clone()).format(value));
        }
    }

    /**
     * The digits in groups from the right, each digit taken from the number itself: through
     * {@code Long.toString} every number of every text made a string of its digits first.
     */
    private void appendDigits(StringBuilder text, long value) {
        text.append(value < 0 ? negativePrefix : positivePrefix);
        if (value == Long.MIN_VALUE) {
            appendGrouped(text, BigInteger.valueOf(value).negate().toString());
        } else {
            long magnitude = Math.abs(value);
            int count = 1;
            long power = 1;
            while (count < 19 && magnitude >= power * 10) {
                power *= 10;
                count++;
            }
            for (int left = count; left > 0; left--) {
                if (left < count && left % groupingSize == 0) {
                    text.append(groupingSeparator);
                }
                text.append((char) ('0' + magnitude / power % 10));
                power /= 10;
            }
        }
        text.append(value < 0 ? negativeSuffix : positiveSuffix);
    }

    private void appendGrouped(StringBuilder text, String digits) {
        for (int at = 0; at < digits.length(); at++) {
            int left = digits.length() - at;
            if (at > 0 && left % groupingSize == 0) {
                text.append(groupingSeparator);
            }
            text.append(digits.charAt(at));
        }
    }

    private boolean writesAsFormat() {
        for (long probe : PROBES) {
            StringBuilder digits = new StringBuilder();
            appendDigits(digits, probe);
            if (!digits.toString().equals(format.format(probe))) {
                return false;
            }
        }
        return true;
    }

    /** 0, ±1, the longest longs, and ± each power of ten and the number just below it. */
    private static long[] probes() {
        long[] probes = new long[5 + 4 * 18];
        probes[1] = 1;
        probes[2] = -1;
        probes[3] = Long.MAX_VALUE;
        probes[4] = Long.MIN_VALUE;
        long power = 1;
        for (int digits = 1, i = 5; digits <= 18; digits++) {
            power *= 10;
            probes[i++] = power;
            probes[i++] = -power;
            probes[i++] = power - 1;
            probes[i++] = 1 - power;
        }
        return probes;
    }
}
