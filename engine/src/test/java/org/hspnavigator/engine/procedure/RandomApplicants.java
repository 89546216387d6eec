package org.hspnavigator.engine.procedure;

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

/** Seeded random profiles rich in point items, so that the evidence choice has many sets to compare. */
final class RandomApplicants {

    private static final LocalDate FIRST_DAY = LocalDate.of(2017, 4, 26);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 27);
    private static final String[] FIELDS = {"Physics", "Computer science", "Economics"};

    private final Random random;

    RandomApplicants(long seed) {
        this.random = new Random(seed);
    }

    Profile next() {
        int span = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay());
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(span + 1));
        LocalDate birth = date.minusDays(365L * 22 + random.nextInt(365 * 28));
        Profile.Builder builder = Profile.builder(date, birth, 3_000_000L + 500_000L * random.nextInt(30))
                .careerYears(new CareerYears(years(), years(), years()))
                .research(new Research(random.nextInt(2), random.nextInt(5), random.nextInt(5), random.nextInt(4) == 0))
                .japaneseLanguage(new JapaneseLanguage(random.nextBoolean()
                        ? Optional.of(Jlpt.values()[random.nextInt(Jlpt.values().length)]) : Optional.empty(),
                        OptionalInt.empty()))
                .japaneseNationalQualifications(random.nextInt(3))
                .foreignQualification(random.nextInt(4) == 0)
                .position(ExecutivePosition.values()[random.nextInt(ExecutivePosition.values().length)])
                .employer(new Employer(random.nextInt(3) == 0, random.nextBoolean(),
                        random.nextBoolean() ? Optional.of(BigDecimal.valueOf(random.nextInt(600), 2)) : Optional.empty(),
                        random.nextInt(4) == 0, random.nextInt(4) == 0))
                .growthFieldProject(random.nextInt(4) == 0)
                .training(new Training(random.nextInt(5) == 0, random.nextBoolean()))
                .investmentYen(random.nextInt(4) == 0 ? 100_000_000L : 0);
        int degrees = random.nextInt(3);
        for (int i = 0; i < degrees; i++) {
            builder.degree(new Degree(DegreeLevel.values()[random.nextInt(DegreeLevel.values().length)],
                    Optional.of(FIELDS[random.nextInt(FIELDS.length)]), random.nextBoolean(), random.nextInt(4) == 0,
                    false));
        }
        return builder.build();
    }

    private BigDecimal years() {
        return BigDecimal.valueOf(random.nextInt(14));
    }
}
