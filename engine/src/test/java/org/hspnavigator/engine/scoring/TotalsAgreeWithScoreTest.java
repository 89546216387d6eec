package org.hspnavigator.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PointsEngine#totals}, which makes no explanation, gives exactly the points, verdicts and best
 * category of {@link PointsEngine#score}, for every set of categories, on seeded random profiles
 * (the seed is in the test name).
 */
class TotalsAgreeWithScoreTest {

    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final int PROFILES = 5_000;
    private static final List<Set<Category>> CATEGORY_SETS = List.of(EnumSet.allOf(Category.class),
            EnumSet.of(Category.ACADEMIC_RESEARCH), EnumSet.of(Category.SPECIALIZED_TECHNICAL),
            EnumSet.of(Category.BUSINESS_MANAGEMENT), EnumSet.of(Category.ACADEMIC_RESEARCH, Category.BUSINESS_MANAGEMENT));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42, 43})
    void totalsAreTheScoresWithoutTheItems(long seed) {
        RandomProfiles profiles = new RandomProfiles(seed);
        for (int i = 0; i < PROFILES; i++) {
            Profile profile = profiles.next();
            Set<Category> categories = CATEGORY_SETS.get(i % CATEGORY_SETS.size());
            ScoreResult scored = ENGINE.score(profile, categories);
            PointTotals totals = ENGINE.totals(profile, categories);
            assertThat(totals.referenceDate()).isEqualTo(scored.referenceDate());
            assertThat(totals.size()).as("%s", profile).isEqualTo(scored.assessments().size());
            for (int c = 0; c < totals.size(); c++) {
                Assessment assessment = scored.assessments().get(c);
                assertThat(totals.category(c)).isEqualTo(assessment.category());
                assertThat(totals.points(c)).as("%s in %s", profile, assessment.category())
                        .isEqualTo(assessment.points());
                assertThat(totals.eligible(c)).as("%s in %s", profile, assessment.category())
                        .isEqualTo(assessment.eligible());
            }
            assertThat(totals.bestCategory()).as("%s", profile).isEqualTo(scored.bestCategory());
        }
    }
}
