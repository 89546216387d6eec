package org.hspnavigator.engine.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.profile.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that hold for every profile, checked on seeded random profiles (the seed is in the
 * test name, so a failure can be replayed).
 */
class ScoringPropertiesTest {

    private static final int PROFILES_PER_SEED = 2_000;
    private static final PointsEngine ENGINE = PointsEngine.official();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20261127})
    void theTotalIsTheSumOfItemsThatAreNeverNegativeAndAlwaysCiteASource(long seed) {
        RandomProfiles profiles = new RandomProfiles(seed);
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            Profile profile = profiles.next();
            for (Assessment assessment : ENGINE.score(profile).assessments()) {
                int sum = 0;
                for (Item item : assessment.items()) {
                    assertThat(item.points()).as("%s in %s", item.criterion(), profile).isNotNegative();
                    assertThat(item.sources()).as("%s cites a source", item.criterion()).isNotEmpty();
                    sum += item.points();
                }
                assertThat(assessment.points()).isEqualTo(sum);
                assertThat(assessment.items()).extracting(Item::criterion).doesNotHaveDuplicates();
            }
        }
    }

    /**
     * A batch row's totals are what the criteria put into a sink that only adds up points: the same sums
     * as those of the items that the same criteria put into an assessment's sink, with the same verdicts,
     * whichever categories are asked for.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9, 20261127})
    void theBatchTotalsAreTheSumsOfTheAssessmentsItems(long seed) {
        List<Set<Category>> categorySets = List.of(EnumSet.allOf(Category.class),
                EnumSet.of(Category.SPECIALIZED_TECHNICAL),
                EnumSet.of(Category.ACADEMIC_RESEARCH, Category.BUSINESS_MANAGEMENT));
        RandomProfiles profiles = new RandomProfiles(seed);
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            Profile profile = profiles.next();
            Set<Category> asked = categorySets.get(i % categorySets.size());
            ScoreResult result = ENGINE.score(profile, asked);
            PointTotals totals = ENGINE.totals(profile, asked);
            assertThat(totals.referenceDate()).isEqualTo(profile.referenceDate());
            assertThat(totals.count()).isEqualTo(asked.size());
            for (int c = 0; c < totals.count(); c++) {
                Assessment assessment = result.assessments().get(c);
                int itemSum = assessment.items().stream().mapToInt(Item::points).sum();
                assertThat(totals.category(c)).isEqualTo(assessment.category());
                assertThat(totals.points(c)).as("%s in %s", assessment.category(), profile).isEqualTo(itemSum);
                assertThat(totals.eligible(c)).as("%s in %s", assessment.category(), profile)
                        .isEqualTo(assessment.eligible());
            }
            assertThat(totals.bestEligibleCategory()).isEqualTo(result.bestEligibleCategory());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void eligibleExactlyWhenThePassRuleHolds(long seed) {
        RandomProfiles profiles = new RandomProfiles(seed);
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            Profile profile = profiles.next();
            ScoreResult result = ENGINE.score(profile);
            for (Assessment assessment : result.assessments()) {
                boolean floorMet = assessment.category() == Category.ACADEMIC_RESEARCH
                        || profile.annualSalaryYen() >= 3_000_000;
                assertThat(assessment.eligible()).as("%s %s", assessment.category(), profile)
                        .isEqualTo(assessment.points() >= 70 && floorMet);
                assertThat(assessment.meetsSalaryFloor()).isEqualTo(floorMet);
            }
            Optional<Category> best = result.bestEligibleCategory();
            int bestPoints = result.assessments().stream().filter(Assessment::eligible)
                    .mapToInt(Assessment::points).max().orElse(-1);
            assertThat(best.map(c -> result.assessment(c).orElseThrow().points()).orElse(-1)).isEqualTo(bestPoints);
            best.ifPresent(category -> assertThat(result.assessments().stream()
                    .filter(a -> a.eligible() && a.points() == bestPoints).findFirst().orElseThrow().category())
                    .as("ties go to the earlier category").isEqualTo(category));
        }
    }

    /**
     * The category taken for an applicant without an HSP status has the most points among those whose
     * salary floor is met, the earlier of equals, and is the best eligible one whenever there is one.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {12, 13})
    void theDefaultCategoryHasTheMostPointsWithinItsSalaryFloor(long seed) {
        RandomProfiles profiles = new RandomProfiles(seed);
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            ScoreResult result = ENGINE.score(profiles.next());
            Assessment chosen = result.assessment(result.defaultCategory()).orElseThrow();
            assertThat(chosen.meetsSalaryFloor()).isTrue();
            for (Assessment other : result.assessments()) {
                if (other.meetsSalaryFloor()) {
                    assertThat(other.points()).isLessThanOrEqualTo(chosen.points());
                    if (other.points() == chosen.points()) {
                        assertThat(other.category().compareTo(chosen.category())).isGreaterThanOrEqualTo(0);
                    }
                }
            }
            result.bestEligibleCategory().ifPresent(best -> assertThat(result.defaultCategory()).isEqualTo(best));
        }
    }

    /** A category's assessment is the same whichever other categories are asked for with it. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42, 43})
    void aCategoryScoresTheSameWhateverCategoriesAreAskedWithIt(long seed) {
        List<Set<Category>> categorySets = List.of(EnumSet.of(Category.ACADEMIC_RESEARCH),
                EnumSet.of(Category.SPECIALIZED_TECHNICAL), EnumSet.of(Category.BUSINESS_MANAGEMENT),
                EnumSet.of(Category.ACADEMIC_RESEARCH, Category.BUSINESS_MANAGEMENT));
        RandomProfiles profiles = new RandomProfiles(seed);
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            Profile profile = profiles.next();
            ScoreResult all = ENGINE.score(profile);
            Set<Category> asked = categorySets.get(i % categorySets.size());
            ScoreResult some = ENGINE.score(profile, asked);
            assertThat(some.assessments()).extracting(Assessment::category).containsExactlyElementsOf(asked);
            for (Assessment assessment : some.assessments()) {
                assertThat(assessment).as("%s in %s", profile, assessment.category())
                        .isEqualTo(all.assessment(assessment.category()).orElseThrow());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void moreSalaryNeverLowersThePointsWithinAnAgeBand(long seed) {
        RandomProfiles profiles = new RandomProfiles(seed);
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            Profile lower = profiles.next();
            Profile higher = withSalary(lower, lower.annualSalaryYen() + profiles.salary());
            ScoreResult before = ENGINE.score(lower);
            ScoreResult after = ENGINE.score(higher);
            for (Category category : Category.values()) {
                Assessment a = before.assessment(category).orElseThrow();
                Assessment b = after.assessment(category).orElseThrow();
                assertThat(b.points()).as("%s: ¥%d → ¥%d on %s", category, lower.annualSalaryYen(),
                        higher.annualSalaryYen(), lower.referenceDate()).isGreaterThanOrEqualTo(a.points());
                assertThat(itemPoints(b, CriterionId.SALARY)).isGreaterThanOrEqualTo(itemPoints(a, CriterionId.SALARY));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {10, 11})
    void growingOlderNeverRaisesTheAgeItem(long seed) {
        RandomProfiles profiles = new RandomProfiles(seed);
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            Profile profile = profiles.next();
            Profile older = Profile.builder(profile.referenceDate(), profile.birthDate().minusYears(1),
                    profile.annualSalaryYen()).build();
            Profile younger = Profile.builder(profile.referenceDate(), profile.birthDate(), profile.annualSalaryYen())
                    .build();
            for (Category category : Category.values()) {
                assertThat(itemPoints(ENGINE.score(older).assessment(category).orElseThrow(), CriterionId.AGE))
                        .isLessThanOrEqualTo(itemPoints(ENGINE.score(younger).assessment(category).orElseThrow(),
                                CriterionId.AGE));
            }
        }
    }

    private static Profile withSalary(Profile profile, long salary) {
        return new Profile(profile.referenceDate(), profile.birthDate(), salary, profile.degrees(),
                profile.careerYears(), profile.research(), profile.japaneseLanguage(),
                profile.japaneseNationalQualifications(), profile.foreignQualification(), profile.position(),
                profile.employer(), profile.growthFieldProject(), profile.training(), profile.investmentYen());
    }

    private static int itemPoints(Assessment assessment, CriterionId criterion) {
        return assessment.items().stream().filter(item -> item.criterion() == criterion)
                .mapToInt(Item::points).sum();
    }
}
