package org.hspnavigator.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
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
import org.hspnavigator.engine.table.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every item carries the explanation of what earned it, in every rule set and category: the item's
 * message key with the values it names. The case files check points only, so an item with a wrong
 * explanation would pass them.
 */
class ItemExplanationsTest {

    private static final PointsEngine ENGINE = PointsEngine.official();
    /** The flat additions whose explanation is their name alone. */
    private static final Set<CriterionId> NAMED_ONLY = EnumSet.of(CriterionId.INNOVATION_SUPPORT,
            CriterionId.SME_INNOVATION_SUPPORT, CriterionId.LOCAL_GOVERNMENT_SUPPORT,
            CriterionId.FOREIGN_QUALIFICATION, CriterionId.GROWTH_FIELD, CriterionId.DESIGNATED_UNIVERSITY,
            CriterionId.INNOVATIVE_ASIA_TRAINING, CriterionId.INVESTMENT_MANAGEMENT);

    @Test
    void aFlatAdditionMetIsExplainedByItsName() {
        int checked = 0;
        for (RuleSet rules : ENGINE.ruleBook().ruleSets()) {
            Profile profile = base(rules.validity().from())
                    .degree(new Degree(DegreeLevel.BACHELOR, Optional.empty(), false, true, false))
                    .employer(new Employer(true, true, Optional.empty(), true, true))
                    .foreignQualification(true)
                    .growthFieldProject(true)
                    .training(new Training(true, false))
                    .build();
            for (Assessment assessment : ENGINE.score(profile).assessments()) {
                for (Item item : assessment.items()) {
                    if (NAMED_ONLY.contains(item.criterion())) {
                        assertThat(item.explanation()).as("%s in %s on %s", item.criterion(), assessment.category(),
                                rules.id()).isEqualTo(Message.of("item." + item.criterion().id()));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("flat additions met, over all rule sets and categories").isGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExecutivePosition.class)
    void aPositionIsExplainedByThePositionHeld(ExecutivePosition position) {
        Item item = only(CriterionId.POSITION, base(LocalDate.of(2026, 11, 27)).position(position).build(),
                Category.BUSINESS_MANAGEMENT);
        assertThat(item.explanation()).isEqualTo(Message.of("item.position." + position.name()));
    }

    @Test
    void researchIsExplainedByTheTestsMet() {
        assertThat(research(Research.NONE)).isEqualTo(Message.of("item.research.none"));
        assertThat(research(new Research(1, 0, 3, false))).isEqualTo(Message.of("item.research", 2, "patents, papers"));
        assertThat(research(new Research(1, 3, 3, true)))
                .isEqualTo(Message.of("item.research", 4, "patents, grantFundedProjects, papers, otherRecognized"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"N1", "N2"})
    void aJlptLevelThatScoresIsExplainedByTheLevel(Jlpt level) {
        Profile profile = base(LocalDate.of(2026, 11, 27))
                .japaneseLanguage(new JapaneseLanguage(Optional.of(level), OptionalInt.empty())).build();
        for (Category category : Category.values()) {
            assertThat(only(CriterionId.JAPANESE_LANGUAGE, profile, category).explanation())
                    .isEqualTo(Message.of("item.japaneseLanguage.jlpt", level.name()));
        }
    }

    /**
     * Whole career years, however written (5, 5.0, 5.00, 5E+1), name the completed years; a fraction
     * names the years as stated and the completed years below them.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {35, 36})
    void careerIsExplainedByTheCompletedYearsAndAFractionAsStated(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal years = BigDecimal.valueOf(random.nextInt(8_001), random.nextInt(3))
                    .setScale(random.nextInt(5) - 1, RoundingMode.DOWN);
            Category category = Category.values()[random.nextInt(3)];
            Profile profile = base(LocalDate.of(2026, 11, 27))
                    .careerYears(CareerYears.NONE.with(category, years)).build();
            long completed = years.setScale(0, RoundingMode.FLOOR).longValueExact();
            boolean whole = years.stripTrailingZeros().scale() <= 0;
            assertThat(only(CriterionId.CAREER, profile, category).explanation()).as("%s in %s", years, category)
                    .isEqualTo(whole ? Message.of("item.career", completed, category.name())
                            : Message.of("item.career.fractional", years.stripTrailingZeros().toPlainString(), completed,
                                    category.name()));
        }
    }

    private static Message research(Research research) {
        return only(CriterionId.RESEARCH, base(LocalDate.of(2026, 11, 27)).research(research).build(),
                Category.ACADEMIC_RESEARCH).explanation();
    }

    private static Item only(CriterionId criterion, Profile profile, Category category) {
        List<Item> found = new ArrayList<>();
        for (Item item : ENGINE.score(profile, EnumSet.of(category)).assessments().get(0).items()) {
            if (item.criterion() == criterion) {
                found.add(item);
            }
        }
        assertThat(found).as("%s in %s", criterion, category).hasSize(1);
        return found.get(0);
    }

    private static Profile.Builder base(LocalDate referenceDate) {
        return Profile.builder(referenceDate, LocalDate.of(1990, 5, 1), 8_000_000L);
    }
}
