package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.junit.jupiter.api.Test;

/**
 * A birth date is accepted when it is before the reference date (docs/rules.md §18, {@code birthDate})
 * and makes the applicant at most 120 years old on it, the product's guard against typing mistakes
 * ({@code ProfileLimits.MAX_AGE_YEARS}), in completed years as the age is counted (HSP ordinance art. 1;
 * docs/rules.md §5) and as {@link Period#between} counts them: a 29 February birthday is reached on 1 March in other
 * years. Both sides of the limit, and seeded random dates near it; cases/points/age.json and
 * cases/invalid/profiles.json hold the two sides as case files.
 */
class BirthDateLimitTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 27);

    @Test
    void oneHundredAndTwentyYearsOldIsAcceptedAndOneDayMoreIsNot() {
        assertThat(ProfileLimits.MAX_AGE_YEARS).isEqualTo(120);
        assertThat(ProfileReader.birthDateFits(LocalDate.of(1906, 11, 27), REFERENCE)).isTrue();
        assertThat(ProfileReader.birthDateFits(LocalDate.of(1905, 11, 28), REFERENCE)).isTrue();
        assertThat(ProfileReader.birthDateFits(LocalDate.of(1905, 11, 27), REFERENCE)).isFalse();
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayComesOnTheFirstOfMarch() {
        LocalDate leapBirth = LocalDate.of(1904, 2, 29);
        assertThat(ProfileReader.birthDateFits(leapBirth, LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(ProfileReader.birthDateFits(leapBirth, LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(ProfileReader.birthDateFits(leapBirth, LocalDate.of(2024, 2, 29))).isTrue();
    }

    @Test
    void aBirthDateOnOrAfterTheReferenceDateIsRefused() {
        assertThat(ProfileReader.birthDateFits(REFERENCE, REFERENCE)).isFalse();
        assertThat(ProfileReader.birthDateFits(REFERENCE.plusDays(1), REFERENCE)).isFalse();
        assertThat(ProfileReader.birthDateFits(REFERENCE.minusDays(1), REFERENCE)).isTrue();
    }

    @Test
    void agreesWithPeriodBetweenNearTheLimit() {
        SplittableRandom random = new SplittableRandom(20261127);
        int refused = 0;
        for (int i = 0; i < 100_000; i++) {
            LocalDate reference = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(2013, 12, 24).toEpochDay(),
                    LocalDate.of(2028, 1, 1).toEpochDay()));
            LocalDate birth = reference.minusYears(ProfileLimits.MAX_AGE_YEARS).plusDays(random.nextInt(-800, 800));
            boolean expected = birth.isBefore(reference)
                    && Period.between(birth, reference).getYears() <= ProfileLimits.MAX_AGE_YEARS;
            assertThat(ProfileReader.birthDateFits(birth, reference)).as("%s on %s", birth, reference)
                    .isEqualTo(expected);
            refused += expected ? 0 : 1;
        }
        assertThat(refused).as("both sides of the limit were drawn").isBetween(1, 99_999);
    }
}
