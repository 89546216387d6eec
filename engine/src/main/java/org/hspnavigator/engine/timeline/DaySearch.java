package org.hspnavigator.engine.timeline;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/** The first day of a range on which a condition holds, tried day by day. */
public final class DaySearch {

    /**
     * How far ahead an earliest date is searched: the application date + 10 years, inclusive
     * (docs/rules.md §11).
     */
    public static final int HORIZON_YEARS = 10;

    private DaySearch() {
    }

    /** The first date from {@code from} through {@code to}, both inclusive, on which {@code holds}; empty if none. */
    public static Optional<LocalDate> first(LocalDate from, LocalDate to, Predicate<LocalDate> holds) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (holds.test(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The last day of the search that starts on {@code from}. */
    public static LocalDate horizon(LocalDate from) {
        return from.plusYears(HORIZON_YEARS);
    }
}
