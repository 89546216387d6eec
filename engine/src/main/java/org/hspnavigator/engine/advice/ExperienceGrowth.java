package org.hspnavigator.engine.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hspnavigator.engine.calendar.CompletedYears;

/**
 * Experience that keeps growing after the reference date, stated as a possibly fractional number of
 * years (docs/rules.md §3): whole years are added on each anniversary of the reference date, counted as
 * {@link CompletedYears} counts them, and within a year the share of its days elapsed.
 */
final class ExperienceGrowth {

    /** Enough decimals that rounding down never hides a completed year (a year has at most 366 days). */
    private static final int SCALE = 12;

    private ExperienceGrowth() {
    }

    /**
     * Years of experience on {@code date} when {@code stated} years were stated on {@code start} and
     * the applicant kept working. Rounded down, so the completed years are exact.
     */
    static BigDecimal grownYears(BigDecimal stated, LocalDate start, LocalDate date) {
        int whole = CompletedYears.between(start, date);
        LocalDate from = CompletedYears.firstDay(start, whole);
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(from, date));
        long length = ChronoUnit.DAYS.between(from, CompletedYears.firstDay(start, whole + 1));
        BigDecimal share = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(length), SCALE, RoundingMode.DOWN);
        return stated.add(BigDecimal.valueOf(whole)).add(share);
    }

    /**
     * The first day on which experience that was {@code stated} years on {@code start} reaches
     * {@code target} years, the inverse of {@link #grownYears}; {@code start} itself when it already has.
     */
    static LocalDate reaching(BigDecimal stated, LocalDate start, long target) {
        BigDecimal needed = BigDecimal.valueOf(target).subtract(stated);
        if (needed.signum() <= 0) {
            return start;
        }
        long whole = needed.setScale(0, RoundingMode.FLOOR).longValueExact();
        BigDecimal share = needed.subtract(BigDecimal.valueOf(whole));
        LocalDate from = CompletedYears.firstDay(start, whole);
        if (share.signum() == 0) {
            return from;
        }
        long length = ChronoUnit.DAYS.between(from, CompletedYears.firstDay(start, whole + 1));
        long days = share.multiply(BigDecimal.valueOf(length)).setScale(0, RoundingMode.CEILING).longValueExact();
        return from.plusDays(days);
    }
}
