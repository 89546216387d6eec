package org.hspnavigator.engine.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Employer;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.profile.JapaneseLanguage;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.profile.Research;
import org.hspnavigator.engine.profile.Training;

/**
 * Random but plausible profiles from a seed, biased towards the bounds of the point tables (salary
 * brackets, birthdays, the 3 % R&D bound, the ¥100M investment) where mistakes hide.
 */
public final class RandomProfiles {

    private static final LocalDate FIRST_DAY = LocalDate.of(2013, 12, 24);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 27);
    private static final long[] SALARY_BOUNDS = {3_000_000, 4_000_000, 5_000_000, 6_000_000, 7_000_000, 8_000_000,
        9_000_000, 10_000_000, 15_000_000, 20_000_000, 25_000_000, 30_000_000};
    private static final String[] FIELDS = {"Physics", "physics", "Computer science", "Economics", "Biology"};

    private final Random random;

    public RandomProfiles(long seed) {
        this.random = new Random(seed);
    }

    public Profile next() {
        LocalDate referenceDate = FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1));
        LocalDate birthDate = random.nextInt(4) == 0
                ? referenceDate.minusYears(30 + 5 * random.nextInt(3)).plusDays(random.nextInt(3) - 1)
                : referenceDate.minusDays(365L * 18 + random.nextInt(365 * 50));
        Profile.Builder builder = Profile.builder(referenceDate, birthDate, salary())
                .careerYears(new CareerYears(years(), years(), years()))
                .research(new Research(random.nextInt(3), random.nextInt(5), random.nextInt(5), random.nextInt(5) == 0))
                .japaneseLanguage(language())
                .japaneseNationalQualifications(random.nextInt(4))
                .foreignQualification(random.nextInt(6) == 0)
                .position(ExecutivePosition.values()[random.nextInt(ExecutivePosition.values().length)])
                .employer(employer())
                .growthFieldProject(random.nextInt(6) == 0)
                .training(new Training(random.nextInt(6) == 0, random.nextBoolean()))
                .investmentYen(random.nextInt(4) == 0 ? 100_000_000L + random.nextInt(3) - 1 : random.nextInt(1_000_000));
        int degrees = random.nextInt(4);
        for (int i = 0; i < degrees; i++) {
            builder.degree(new Degree(DegreeLevel.values()[random.nextInt(DegreeLevel.values().length)],
                    Optional.of(FIELDS[random.nextInt(FIELDS.length)]), random.nextInt(4) == 0, random.nextInt(5) == 0,
                    random.nextInt(8) == 0));
        }
        return builder.build();
    }

    long salary() {
        if (random.nextBoolean()) {
            return SALARY_BOUNDS[random.nextInt(SALARY_BOUNDS.length)] + random.nextInt(3) - 1;
        }
        return (long) random.nextInt(40_000) * 1_000;
    }

    private BigDecimal years() {
        return random.nextInt(3) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(150), 1);
    }

    private JapaneseLanguage language() {
        Optional<Jlpt> jlpt = random.nextBoolean() ? Optional.of(Jlpt.values()[random.nextInt(Jlpt.values().length)])
                : Optional.empty();
        OptionalInt bjt = random.nextInt(4) == 0 ? OptionalInt.of(350 + random.nextInt(200)) : OptionalInt.empty();
        return new JapaneseLanguage(jlpt, bjt);
    }

    private Employer employer() {
        Optional<BigDecimal> ratio = random.nextBoolean()
                ? Optional.of(random.nextBoolean() ? new BigDecimal("3.0") : BigDecimal.valueOf(random.nextInt(600), 2))
                : Optional.empty();
        return new Employer(random.nextInt(4) == 0, random.nextBoolean(), ratio, random.nextInt(6) == 0,
                random.nextInt(6) == 0);
    }
}
