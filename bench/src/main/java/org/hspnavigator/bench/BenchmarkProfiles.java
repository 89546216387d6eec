package org.hspnavigator.bench;

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
 * Varied, plausible profiles from a seed, as a batch of applicants would bring them: most scored on
 * one date (the batch's reference date), a quarter on dates back to the first rule set; zero to
 * three degrees with fields; fractional career years; every special addition now and then. Varied
 * enough that the benchmark cannot be won by predicting one profile's branches.
 */
final class BenchmarkProfiles {

    static final LocalDate BATCH_DATE = LocalDate.of(2026, 11, 27);
    private static final LocalDate FIRST_DAY = LocalDate.of(2013, 12, 24);
    private static final String[] FIELDS = {"Computer science", "Physics", "Economics", "Business administration",
        "Mechanical engineering", "biology", "Ｐｈｙｓｉｃｓ"};

    private final Random random;

    BenchmarkProfiles(long seed) {
        this.random = new Random(seed);
    }

    Profile[] next(int count) {
        Profile[] profiles = new Profile[count];
        for (int i = 0; i < count; i++) {
            profiles[i] = next();
        }
        return profiles;
    }

    private Profile next() {
        LocalDate referenceDate = random.nextInt(4) == 0
                ? FIRST_DAY.plusDays(random.nextInt((int) (BATCH_DATE.toEpochDay() - FIRST_DAY.toEpochDay())))
                : BATCH_DATE;
        LocalDate birthDate = referenceDate.minusDays(365L * 22 + random.nextInt(365 * 30));
        Profile.Builder builder = Profile.builder(referenceDate, birthDate, 2_000_000L + random.nextInt(13_000) * 1_000L)
                .careerYears(new CareerYears(years(), years(), years()))
                .research(new Research(random.nextInt(3), random.nextInt(4), random.nextInt(20), random.nextInt(8) == 0))
                .japaneseLanguage(language())
                .japaneseNationalQualifications(random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0)
                .foreignQualification(random.nextInt(8) == 0)
                .position(ExecutivePosition.values()[random.nextInt(ExecutivePosition.values().length)])
                .employer(employer())
                .growthFieldProject(random.nextInt(8) == 0)
                .training(new Training(random.nextInt(10) == 0, random.nextBoolean()))
                .investmentYen(random.nextInt(10) == 0 ? 100_000_000L + random.nextInt(50_000_000) : 0);
        int degrees = random.nextInt(4);
        for (int i = 0; i < degrees; i++) {
            Optional<String> field = random.nextInt(10) == 0 ? Optional.empty()
                    : Optional.of(FIELDS[random.nextInt(FIELDS.length)]);
            builder.degree(new Degree(DegreeLevel.values()[random.nextInt(DegreeLevel.values().length)], field,
                    random.nextInt(4) == 0, random.nextInt(6) == 0, random.nextInt(12) == 0));
        }
        return builder.build();
    }

    /** Whole years mostly, a fraction (7.5) sometimes, none a third of the time. */
    private BigDecimal years() {
        int kind = random.nextInt(6);
        if (kind < 2) {
            return BigDecimal.ZERO;
        }
        return kind == 5 ? BigDecimal.valueOf(random.nextInt(200), 1) : BigDecimal.valueOf(random.nextInt(20));
    }

    private JapaneseLanguage language() {
        Optional<Jlpt> jlpt = random.nextBoolean() ? Optional.of(Jlpt.values()[random.nextInt(Jlpt.values().length)])
                : Optional.empty();
        OptionalInt bjt = random.nextInt(6) == 0 ? OptionalInt.of(300 + random.nextInt(300)) : OptionalInt.empty();
        return new JapaneseLanguage(jlpt, bjt);
    }

    private Employer employer() {
        Optional<BigDecimal> ratio = random.nextInt(4) == 0 ? Optional.of(BigDecimal.valueOf(random.nextInt(800), 2))
                : Optional.empty();
        return new Employer(random.nextInt(5) == 0, random.nextBoolean(), ratio, random.nextInt(8) == 0,
                random.nextInt(8) == 0);
    }
}
