package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Children's ages as the family rules count them: in completed years, so a child is "under 7" until
 * the day of the 7th birthday, and a child born on 29 February reaches it on 1 March in non-leap years
 * (the day after 28 February, as Japanese age reckoning and the points engine's age both have it).
 */
final class Children {

    private Children() {
    }

    /** Completed years on a date. */
    static int age(LocalDate birthDate, LocalDate onDate) {
        return Period.between(birthDate, onDate).getYears();
    }

    /** The first day on which a child born on {@code birthDate} is {@code years} old. */
    static LocalDate turns(LocalDate birthDate, int years) {
        LocalDate anniversary = birthDate.plusYears(years);
        // plusYears maps 29 Feb to 28 Feb in non-leap years, a day before the age is completed.
        return age(birthDate, anniversary) < years ? anniversary.plusDays(1) : anniversary;
    }

    /** The youngest child already born on the date and still under the age, if any. */
    static Optional<LocalDate> youngestUnder(List<LocalDate> birthDates, LocalDate onDate, int years) {
        return born(birthDates, onDate).filter(birth -> age(birth, onDate) < years).max(Comparator.naturalOrder());
    }

    /** The youngest child already born on the date. */
    static Optional<LocalDate> youngest(List<LocalDate> birthDates, LocalDate onDate) {
        return born(birthDates, onDate).max(Comparator.naturalOrder());
    }

    private static Stream<LocalDate> born(List<LocalDate> birthDates, LocalDate onDate) {
        return birthDates.stream().filter(birth -> !birth.isAfter(onDate));
    }
}
