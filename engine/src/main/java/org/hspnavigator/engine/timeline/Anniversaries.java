package org.hspnavigator.engine.timeline;

import java.time.LocalDate;

/**
 * "n years on D" (spec/profile.md, "Precise readings"): a residence or status that started on
 * {@code start} has lasted n years on D when {@code start ≤ D − n years}, where D − n years is the same
 * month and day n years earlier and 29 February becomes 28 February ({@link LocalDate#minusYears}). So
 * a residence from 2024-02-29 reaches 1 year on 2025-03-01, not on 2025-02-28.
 */
public final class Anniversaries {

    private Anniversaries() {
    }

    /** Whether {@code years} years since {@code start} have passed on {@code date}. */
    public static boolean reached(LocalDate start, int years, LocalDate date) {
        return !start.isAfter(date.minusYears(years));
    }

    /** The first date on which {@code years} years since {@code start} have passed. */
    public static LocalDate firstDate(LocalDate start, int years) {
        LocalDate candidate = start.plusYears(years);
        return reached(start, years, candidate) ? candidate : candidate.plusDays(1);
    }
}
