package org.hspnavigator.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.table.AdditionTier;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.engine.table.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The items made once per rule set are the ones scoring would make item by item: the row that applies
 * and the explanation written out here from the message keys, in every rule set and category. The
 * case files check points only, so a ready item with a wrong explanation would pass them.
 */
class ReadyItemsTest {

    @Test
    void everyReadyItemIsItsRowWithItsExplanation() {
        int checked = 0;
        for (RuleSet rules : RuleBook.official().ruleSets()) {
            ReadyItems ready = ReadyItems.of(rules);
            for (Category category : Category.values()) {
                for (CriterionId id : CriterionId.values()) {
                    checked += check(ready.flatAddition(id, category), rules.addition(id, category),
                            Message.of("item." + id.id()));
                }
                for (ExecutivePosition position : ExecutivePosition.values()) {
                    checked += check(ready.position(category, position.ordinal()), rules.position(category, position),
                            Message.of("item.position." + position.name()));
                }
                checked += check(ready.research(category, 0), rules.research(category, 0),
                        Message.of("item.research.none"));
                checked += check(ready.research(category, 0b0101), rules.research(category, 2),
                        Message.of("item.research", 2, "patents, papers"));
                checked += check(ready.research(category, 0b1111), rules.research(category, 4),
                        Message.of("item.research", 4, "patents, grantFundedProjects, papers, otherRecognized"));
                checked += check(ready.jlpt(category, Jlpt.N1.ordinal()),
                        rules.addition(CriterionId.JAPANESE_LANGUAGE, AdditionTier.N1_TIER, category),
                        Message.of("item.japaneseLanguage.jlpt", "N1"));
                checked += check(ready.jlpt(category, Jlpt.N2.ordinal()),
                        rules.addition(CriterionId.JAPANESE_LANGUAGE, AdditionTier.N2_TIER, category),
                        Message.of("item.japaneseLanguage.jlpt", "N2"));
                for (long years : new long[] {0, 1, 3, 10, 80}) {
                    checked += check(ready.wholeCareerYears(category, years), rules.career(category, years),
                            Message.of("item.career", years, category.name()));
                }
                assertThat(ready.wholeCareerYears(category, 81)).isNull();
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aFlatAdditionIsInForceWhereSomeCategoryHasItsRow() {
        int inForce = 0;
        for (RuleSet rules : RuleBook.official().ruleSets()) {
            ReadyItems ready = ReadyItems.of(rules);
            for (CriterionId id : CriterionId.values()) {
                boolean anyRow = false;
                for (Category category : Category.values()) {
                    anyRow |= rules.addition(id, category).isPresent();
                }
                assertThat(ready.flatAdditionInForce(id)).as("%s in %s", id, rules.id()).isEqualTo(anyRow);
                inForce += anyRow ? 1 : 0;
            }
        }
        assertThat(inForce).as("additions in force, over all rule sets").isGreaterThan(10);
    }

    /** 1 when the row exists and the ready item is it with the explanation; 0 when neither exists. */
    private static int check(Item ready, Optional<PointRow> row, Message explanation) {
        if (row.isEmpty()) {
            assertThat(ready).isNull();
            return 0;
        }
        PointRow applied = row.get();
        assertThat(ready).isEqualTo(
                new Item(applied.criterion(), applied.option(), applied.points(), applied.sources(), explanation));
        return 1;
    }
}
