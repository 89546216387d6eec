package org.hspnavigator.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.RandomProfiles;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.engine.table.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A criterion that declines a profile ({@link Criterion#mayReport} false, so that the engine's totals
 * skip it) reports nothing for that profile in any category: no item, no withheld item, no note. Checked
 * on seeded random profiles of every date (the seed is in the test name). Points alone would not show a
 * wrong decline of a 0-point item or a note, which the totals never see but a score explains.
 */
class MayReportTest {

    private static final int PROFILES = 20_000;
    /** The criteria that decline some profiles: each must be seen declining and not declining. */
    private static final List<Class<? extends Criterion>> DECLINING = List.of(MultipleFieldDegrees.class,
            InnovationSupport.class, SmeInnovationSupport.class, LocalGovernmentSupport.class,
            SmeResearchSpending.class, ForeignQualification.class, JapaneseUniversity.class, JapaneseLanguage.class,
            GrowthField.class, DesignatedUniversity.class, InnovativeAsiaTraining.class, InvestmentManagement.class);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261127, 44})
    void aDeclinedProfileGetsNothingFromTheCriterion(long seed) {
        RuleBook book = RuleBook.official();
        Map<RuleSet, ReadyItems> ready = new HashMap<>();
        RandomProfiles profiles = new RandomProfiles(seed);
        Map<Class<?>, int[]> declinedAndNot = new HashMap<>();
        for (int i = 0; i < PROFILES; i++) {
            // Every other profile without its degrees' fields: the random ones always state them, and a
            // graduate degree without its field is what the note on multiple fields is about.
            Profile profile = i % 2 == 0 ? profiles.next() : withoutFields(profiles.next());
            RuleSet rules = book.ruleSetOn(profile.referenceDate());
            ScoringContext context = new ScoringContext(profile, ready.computeIfAbsent(rules, ReadyItems::of));
            for (Criterion criterion : Criteria.all()) {
                boolean declined = !criterion.mayReport(context);
                declinedAndNot.computeIfAbsent(criterion.getClass(), c -> new int[2])[declined ? 0 : 1]++;
                if (declined) {
                    for (Category category : Category.values()) {
                        Recorder reported = new Recorder();
                        criterion.evaluate(context, category, reported);
                        assertThat(reported.calls).as("%s declined %s in %s", criterion.id(), profile, category)
                                .isEmpty();
                    }
                }
            }
        }
        for (Criterion criterion : Criteria.all()) {
            int[] counts = declinedAndNot.get(criterion.getClass());
            if (DECLINING.contains(criterion.getClass())) {
                assertThat(counts[0]).as("%s declined some profiles", criterion.id()).isPositive();
                assertThat(counts[1]).as("%s kept some profiles", criterion.id()).isPositive();
            } else {
                assertThat(counts[0]).as("%s never declines", criterion.id()).isZero();
            }
        }
    }

    private static Profile withoutFields(Profile profile) {
        Profile.Builder builder = Profile.builder(profile.referenceDate(), profile.birthDate(), profile.annualSalaryYen())
                .careerYears(profile.careerYears())
                .research(profile.research())
                .japaneseLanguage(profile.japaneseLanguage())
                .japaneseNationalQualifications(profile.japaneseNationalQualifications())
                .foreignQualification(profile.foreignQualification())
                .position(profile.position())
                .employer(profile.employer())
                .growthFieldProject(profile.growthFieldProject())
                .training(profile.training())
                .investmentYen(profile.investmentYen());
        for (Degree degree : profile.degrees()) {
            builder.degree(new Degree(degree.level(), Optional.empty(), degree.inJapan(), degree.designatedUniversity(),
                    degree.japaneseMajor()));
        }
        return builder.build();
    }

    /** Every call a criterion makes, named. */
    private static final class Recorder implements Findings {

        private final List<String> calls = new ArrayList<>();

        @Override
        public void item(Item item) {
            calls.add("item " + item);
        }

        @Override
        public void award(PointRow row, Explanation why) {
            calls.add("award " + row);
        }

        @Override
        public void withhold(PointRow row, Explanation why) {
            calls.add("withhold " + row);
        }

        @Override
        public void note(Message note) {
            calls.add("note " + note);
        }
    }
}
