package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hspnavigator.engine.calendar.CompletedYears;

/**
 * Children's ages as the family rules count them: in {@link CompletedYears}, as every age is counted,
 * so a child is "under 7" until the day of the 7th birthday, and a child born on 29 February reaches it
 * on 1 March in non-leap years.
 */
final class Children {

    private Children() {
    }

    /** The first day on which a child born on {@code birthDate} is {@code years} old. */
    static LocalDate turns(LocalDate birthDate, int years) {
        return CompletedYears.firstDay(birthDate, years);
    }

    /** The youngest child already born on the date and still under the age, if any. */
    static Optional<LocalDate> youngestUnder(List<LocalDate> birthDates, LocalDate onDate, int years) {
        return born(birthDates, onDate).filter(birth -> CompletedYears.between(birth, onDate) < years).max(Comparator.naturalOrder());
    }

    /** The youngest child already born on the date. */
    static Optional<LocalDate> youngest(List<LocalDate> birthDates, LocalDate onDate) {
        return born(birthDates, onDate).max(Comparator.naturalOrder());
    }

    private static Stream<LocalDate> born(List<LocalDate> birthDates, LocalDate onDate) {
        return birthDates.stream().filter(birth -> !birth.isAfter(onDate));
    }
}
