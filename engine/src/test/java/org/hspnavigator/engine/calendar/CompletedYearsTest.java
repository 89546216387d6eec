package org.hspnavigator.engine.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Age in completed years on both sides of a birthday and of 29 February (docs/rules.md §5), and "n years
 * on D" for periods of residence and status (start ≤ D − n years, docs/rules.md §11).
 */
class CompletedYearsTest {

    @ParameterizedTest(name = "{0} to {1}: {2} years")
    @CsvSource({
        "1994-06-15, 2024-06-14, 29",
        "1994-06-15, 2024-06-15, 30",
        "2000-02-29, 2001-02-28, 0",
        "2000-02-29, 2001-03-01, 1",
        "2000-02-29, 2004-02-28, 3",
        "2000-02-29, 2004-02-29, 4",
        "2026-11-27, 2027-11-26, 0",
        "2026-11-27, 2027-11-27, 1",
        "2020-01-01, 2020-01-01, 0",
        "2020-01-02, 2020-01-01, 0"
    })
    void countsCompletedYears(LocalDate start, LocalDate date, int years) {
        assertThat(CompletedYears.between(start, date)).isEqualTo(years);
    }

    @ParameterizedTest(name = "a 29 February start reaches {1} years on the first day of March, not before")
    @ValueSource(ints = {1, 2, 3, 5})
    void leapDayStartsReachTheirYearsOnTheFirstOfMarch(int years) {
        LocalDate start = LocalDate.of(2024, 2, 29);
        LocalDate firstDay = CompletedYears.firstDay(start, years);
        assertThat(firstDay).isEqualTo(LocalDate.of(2024 + years, 3, 1));
        assertThat(CompletedYears.reached(start, years, firstDay)).isTrue();
        assertThat(CompletedYears.reached(start, years, firstDay.minusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "from {0}, {1} years are reached first on {2}")
    @CsvSource({
        "2024-02-29, 1, 2025-03-01",
        "2024-02-29, 4, 2028-02-29",
        "2024-02-29, 3, 2027-03-01",
        "2023-02-28, 1, 2024-02-28",
        "2022-04-01, 3, 2025-04-01",
        "2023-12-31, 1, 2024-12-31",
    })
    void theFirstDayIsTheFirstOnWhichTheStartIsAtMostDMinusNYears(LocalDate start, int years, LocalDate first) {
        assertThat(CompletedYears.firstDay(start, years)).isEqualTo(first);
        assertThat(CompletedYears.reached(start, years, first)).isTrue();
        assertThat(CompletedYears.reached(start, years, first.minusDays(1))).isFalse();
    }

    @Test
    void anOrdinaryStartReachesItsYearsOnTheSameDay() {
        LocalDate start = LocalDate.of(2022, 4, 1);
        assertThat(CompletedYears.firstDay(start, 3)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(CompletedYears.reached(start, 3, LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(CompletedYears.reached(start, 3, LocalDate.of(2025, 4, 1))).isTrue();
    }

    @Test
    void agreesWithPeriodAndWithTheFirstDay_seed20261205() {
        Random random = new Random(20261205);
        for (int i = 0; i < 20_000; i++) {
            LocalDate start = LocalDate.ofEpochDay(random.nextInt(30_000));
            LocalDate date = start.plusDays(random.nextInt(40_000));
            int years = CompletedYears.between(start, date);
            assertThat(years).as("%s to %s", start, date).isEqualTo(Period.between(start, date).getYears());
            assertThat(CompletedYears.reached(start, years, date)).isTrue();
            assertThat(CompletedYears.reached(start, years + 1, date)).isFalse();
            assertThat(CompletedYears.firstDay(start, years)).isBeforeOrEqualTo(date);
            assertThat(CompletedYears.firstDay(start, years + 1)).isAfter(date);
        }
    }
}
