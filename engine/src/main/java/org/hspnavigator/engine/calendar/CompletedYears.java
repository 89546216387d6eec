package org.hspnavigator.engine.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Completed years between two dates, the one way the rules count them: age in completed years on the
 * reference date (HSP ordinance art. 1, "age at the time of application"), and "n years" of residence or
 * status before an application (PR guideline 2017-04-26). n years from {@code start} are complete on
 * {@code date} when {@code start ≤ date − n years}, where {@code date − n years} is the same month and
 * day n years earlier and 29 February becomes 28 February ({@link LocalDate#minusYears}). So a person
 * born on 29 February 2000 is 1 on 1 March 2001, and a residence from 2024-02-29 reaches 1 year on
 * 2025-03-01. This is also how {@link java.time.Period} and {@link ChronoUnit#YEARS} count.
 */
public final class CompletedYears {

    private CompletedYears() {
    }

    /** Completed years from {@code start} to {@code date}; 0 when {@code date} is not after {@code start}. */
    public static int between(LocalDate start, LocalDate date) {
        if (!date.isAfter(start)) {
            return 0;
        }
        return Math.toIntExact(ChronoUnit.YEARS.between(start, date));
    }

    /** Whether {@code years} years from {@code start} are complete on {@code date}. */
    public static boolean reached(LocalDate start, long years, LocalDate date) {
        return !start.isAfter(date.minusYears(years));
    }

    /** The first day on which {@code years} years from {@code start} are complete (the anniversary). */
    public static LocalDate firstDay(LocalDate start, long years) {
        LocalDate candidate = start.plusYears(years);
        // plusYears maps 29 February to 28 February in common years, a day before the years are complete.
        return reached(start, years, candidate) ? candidate : candidate.plusDays(1);
    }
}
