package org.hspnavigator.engine.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Test
    void wholeYearsOfExperienceAreReachedOnTheAnniversary() {
        LocalDate start = LocalDate.of(2026, 11, 27);
        LocalDate day = ExperienceGrowth.reaching(new BigDecimal("4"), start, 5);
        assertThat(day).isEqualTo(LocalDate.of(2027, 11, 27));
        assertThat(completed(new BigDecimal("4"), start, day)).isEqualTo(5);
        assertThat(completed(new BigDecimal("4"), start, day.minusDays(1))).isEqualTo(4);
    }

    @Test
    void halfAYearOfExperienceTakesHalfTheDaysOfTheYear() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate day = ExperienceGrowth.reaching(new BigDecimal("4.5"), start, 5);
        assertThat(day).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(completed(new BigDecimal("4.5"), start, day)).isEqualTo(5);
        assertThat(completed(new BigDecimal("4.5"), start, day.minusDays(1))).isEqualTo(4);
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
