package org.hspnavigator.formats.profile;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A date written {@code YYYY-MM-DD} in ASCII digits, the one way dates are written in profiles, CSV
 * cells and the {@code --date} option (docs/rules.md §18): what {@link LocalDate#parse} accepts in that
 * form, without the exception it throws for a date that does not exist, which a batch with many such
 * rows would pay a stack trace for each.
 */
public final class IsoDate {

    private static final int LENGTH = 10;

    private IsoDate() {
    }

    /** Whether the text has the form {@code YYYY-MM-DD}, whether or not the date exists. */
    public static boolean hasIsoForm(String text) {
        return hasIsoForm(new HotLoopText(text));
    }

    /**
     * The date of a text in the form {@code YYYY-MM-DD}; null for any other text and for a day that does
     * not exist (2026-02-30).
     */
    public static LocalDate parse(String text) {
        return parse(new HotLoopText(text));
    }

    static boolean hasIsoForm(HotLoopText text) {
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The date of a text in the form {@code YYYY-MM-DD}; null for any other text and a day that does not exist. */
    static LocalDate parse(HotLoopText text) {
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        // Every month has 28 days; only a later day is checked against the month's length.
        if (year < 0 || month < 1 || month > 12 || day < 1
                || day > 28 && day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number the ASCII digits at {@code [from, to)} write, or -1 when any is no such digit. */
    private static int digits(HotLoopText text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
