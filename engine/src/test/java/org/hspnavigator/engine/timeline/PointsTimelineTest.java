package org.hspnavigator.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The remembered points of a timeline equal the points scored afresh for every date (the memo keys on
 * everything the points depend on), with the category reading of docs/rules.md §11.
 */
class PointsTimelineTest {

    private static final PointsEngine ENGINE = PointsEngine.official();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20261127L, 424242L})
    void rememberedPointsEqualFreshScoringOnRandomDates(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 20; n++) {
            ApplicantCase applicant = randomCase(random);
            PointsTimeline timeline = new PointsTimeline(applicant, ENGINE);
            for (int d = 0; d < 200; d++) {
                LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(365 * 20));
                Optional<DatedPoints> remembered = timeline.on(date);
                Optional<Profile> profile = applicant.profileOn(date);
                assertThat(remembered.isPresent()).as("points on " + date).isEqualTo(profile.isPresent());
                if (profile.isPresent()) {
                    Assessment fresh = expectedCategory(ENGINE.score(profile.get()), applicant);
                    assertThat(remembered.get().category()).as("category on " + date).isEqualTo(fresh.category());
                    assertThat(remembered.get().points()).as("points on " + date).isEqualTo(fresh.points());
                    assertThat(remembered.get().ruleSet()).isEqualTo(ENGINE.ruleBook().ruleSetOn(date).id());
                }
            }
        }
    }

    @Test
    void beforeTheFirstSnapshotThereAreNoPoints() {
        Profile snapshot = Profile.builder(LocalDate.of(2020, 6, 1), LocalDate.of(1990, 1, 1), 8_000_000).build();
        PointsTimeline timeline = new PointsTimeline(new ApplicantCase(List.of(snapshot),
                new Residence(LocalDate.of(2019, 1, 1), Optional.empty()), Household.NONE, OptionalInt.empty()), ENGINE);
        assertThat(timeline.on(LocalDate.of(2020, 5, 31))).isEmpty();
        assertThat(timeline.on(LocalDate.of(2020, 6, 1))).isPresent();
    }

    /** The reading written out independently: the status's category, else the best with its floor met. */
    private static Assessment expectedCategory(ScoreResult result, ApplicantCase applicant) {
        if (applicant.residence().hsp().isPresent()) {
            return result.assessment(applicant.residence().hsp().get().category()).orElseThrow();
        }
        return result.assessments().stream().filter(Assessment::meetsSalaryFloor)
                .max(Comparator.comparingInt(Assessment::points)
                        .thenComparing(a -> -a.category().ordinal()))
                .orElseThrow();
    }

    private static ApplicantCase randomCase(Random random) {
        LocalDate birth = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<Profile> snapshots = new ArrayList<>();
        LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(365 * 5));
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Profile.Builder builder = Profile.builder(date, birth, 2_000_000L + 500_000L * random.nextInt(40))
                    .careerYears(new CareerYears(BigDecimal.valueOf(random.nextInt(12)),
                            BigDecimal.valueOf(random.nextInt(12)), BigDecimal.valueOf(random.nextInt(12))));
            if (random.nextBoolean()) {
                builder.degree(new Degree(DegreeLevel.values()[random.nextInt(DegreeLevel.values().length)],
                        Optional.of("Physics"), random.nextBoolean(), false, false));
            }
            snapshots.add(builder.build());
            date = date.plusDays(30 + random.nextInt(900));
        }
        Optional<HspStatus> hsp = random.nextBoolean() ? Optional.empty() : Optional.of(new HspStatus(
                LocalDate.of(2016, 1, 1), Category.values()[random.nextInt(3)], 70, false));
        return new ApplicantCase(snapshots, new Residence(LocalDate.of(2014, 1, 1), hsp), Household.NONE,
                OptionalInt.empty());
    }
}
