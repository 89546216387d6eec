package org.hspnavigator.engine.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/** Experience growing day by day after the reference date, whole years on the anniversaries. */
class ExperienceGrowthTest {

    @Test
    void aTwentyNinthOfFebruaryStartGrowsAWholeYearOnTheFirstOfMarch() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(completed(new BigDecimal("2"), leapDay, LocalDate.of(2025, 2, 28))).isEqualTo(2);
        assertThat(completed(new BigDecimal("2"), leapDay, LocalDate.of(2025, 3, 1))).isEqualTo(3);
        assertThat(ExperienceGrowth.reaching(new BigDecimal("2"), leapDay, 3)).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    /** Whole years are reached on the anniversary; half a year takes half the days of the year. */
    @ParameterizedTest(name = "{0} years stated on {1} reach {2} on {3}")
    @CsvSource({
        "4, 2026-11-27, 5, 2027-11-27",
        "4.5, 2026-01-01, 5, 2026-07-03"
    })
    void experienceReachesItsYearsOnTheFirstDayTheyAreComplete(BigDecimal stated, LocalDate start, long target,
            LocalDate first) {
        LocalDate day = ExperienceGrowth.reaching(stated, start, target);
        assertThat(day).isEqualTo(first);
        assertThat(completed(stated, start, day)).isEqualTo(target);
        assertThat(completed(stated, start, day.minusDays(1))).isEqualTo(target - 1);
    }

    @Test
    void experienceAlreadyReachedIsReachedOnTheStartDate() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThat(ExperienceGrowth.reaching(new BigDecimal("5.2"), start, 5)).isEqualTo(start);
    }

    /** The day returned is the first with the target completed, for random starts and fractions. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L})
    void reachingIsTheFirstDayTheGrownYearsComplete(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            LocalDate start = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(5_000));
            if (random.nextInt(10) == 0) {
                start = LocalDate.of(2016 + 4 * random.nextInt(3), 2, 29);
            }
            BigDecimal stated = BigDecimal.valueOf(random.nextInt(120), random.nextInt(4));
            long target = stated.setScale(0, RoundingMode.FLOOR).longValue() + 1 + random.nextInt(5);
            LocalDate day = ExperienceGrowth.reaching(stated, start, target);
            assertThat(completed(stated, start, day)).as("%s from %s to %d", stated, start, target).isEqualTo(target);
            assertThat(completed(stated, start, day.minusDays(1))).as("%s from %s to %d", stated, start, target)
                    .isEqualTo(target - 1);
        }
    }

    private static long completed(BigDecimal stated, LocalDate start, LocalDate day) {
        return ExperienceGrowth.grownYears(stated, start, day).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
