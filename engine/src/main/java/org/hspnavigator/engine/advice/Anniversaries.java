package org.hspnavigator.engine.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Counting years from a start date, as the rules count age (points.md §3.4) and periods
 * (spec/profile.md, "D − n years"): n years are complete on the first day D with
 * {@code D.minusYears(n) >= start}, so a 29 February start completes its years on 1 March in
 * non-leap years. Experience stated as a fraction of a year grows day by day within each year.
 */
final class Anniversaries {

    /** Enough decimals that rounding down never hides a completed year (a year has at most 366 days). */
    private static final int SCALE = 12;

    private Anniversaries() {
    }

    /** The first day on which {@code years} years from {@code start} are complete. */
    static LocalDate anniversary(LocalDate start, long years) {
        LocalDate candidate = start.plusYears(years);
        return candidate.minusYears(years).isBefore(start) ? candidate.plusDays(1) : candidate;
    }

    /** Completed years from {@code start} to {@code date} (0 when {@code date} is not after {@code start}). */
    static long completedYears(LocalDate start, LocalDate date) {
        if (!date.isAfter(start)) {
            return 0;
        }
        long years = Math.max(0, date.getYear() - start.getYear() - 1);
        while (!anniversary(start, years + 1).isAfter(date)) {
            years++;
        }
        return years;
    }

    /**
     * Years of experience on {@code date} when {@code stated} years were stated on {@code start} and
     * the applicant kept working: whole years by anniversary, and within a year the share of its days
     * elapsed. Rounded down, so the completed years are exact.
     */
    static BigDecimal grownYears(BigDecimal stated, LocalDate start, LocalDate date) {
        long whole = completedYears(start, date);
        LocalDate from = anniversary(start, whole);
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(from, date));
        long length = ChronoUnit.DAYS.between(from, anniversary(start, whole + 1));
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
        LocalDate from = anniversary(start, whole);
        if (share.signum() == 0) {
            return from;
        }
        long length = ChronoUnit.DAYS.between(from, anniversary(start, whole + 1));
        long days = share.multiply(BigDecimal.valueOf(length)).setScale(0, RoundingMode.CEILING).longValueExact();
        return from.plusDays(days);
    }
}
