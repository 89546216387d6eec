package org.hspnavigator.engine.rule;

import java.util.Objects;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.table.RuleSet;

/**
 * The items of one rule set that name nothing of the profile beyond a choice among a few options (a
 * flat addition met, a position, a set of research tests, a JLPT level, whole career years): made
 * once per rule set when the engine is built, so that scoring a profile makes only the items whose
 * explanation carries its own values (salary, age, fields). Each rule builds its own part, from the
 * same rows and explanations it would use item by item. Immutable, and shared by every thread.
 */
public final class ReadyItems {

    private final RuleSet rules;
    private final Item[][] flatAdditions;
    /** By criterion: whether the flat addition has a row in any category. */
    private final boolean[] flatAdditionsInForce;
    private final Item[][] positions;
    private final Item[][] research;
    private final Item[][] jlpt;
    private final Item[][] wholeCareerYears;

    private ReadyItems(RuleSet rules) {
        this.rules = rules;
        this.flatAdditions = FlatAddition.readyItems(rules);
        this.flatAdditionsInForce = new boolean[flatAdditions.length];
        for (int id = 0; id < flatAdditions.length; id++) {
            for (Item item : flatAdditions[id]) {
                flatAdditionsInForce[id] |= item != null;
            }
        }
        this.positions = Position.readyItems(rules);
        this.research = ResearchAchievements.readyItems(rules);
        this.jlpt = JapaneseLanguage.readyItems(rules);
        this.wholeCareerYears = ProfessionalCareer.readyItems(rules);
    }

    public static ReadyItems of(RuleSet rules) {
        return new ReadyItems(Objects.requireNonNull(rules, "rules"));
    }

    public RuleSet rules() {
        return rules;
    }

    /** The item of a flat addition met, with its explanation that names nothing of the profile; null without a row. */
    Item flatAddition(CriterionId id, Category category) {
        return flatAdditions[id.ordinal()][category.ordinal()];
    }

    /** Whether a flat addition has a row in any category of the rule set. */
    boolean flatAdditionInForce(CriterionId id) {
        return flatAdditionsInForce[id.ordinal()];
    }

    /** Indexed by category, then by the rule's own option index (see the rule's {@code readyItems}). */
    Item position(Category category, int option) {
        return positions[category.ordinal()][option];
    }

    Item research(Category category, int testsMet) {
        return research[category.ordinal()][testsMet];
    }

    Item jlpt(Category category, int option) {
        return jlpt[category.ordinal()][option];
    }

    /** The item of whole career years, or null where the years are out of the prepared range or have no row. */
    Item wholeCareerYears(Category category, long years) {
        Item[] byYears = wholeCareerYears[category.ordinal()];
        return years >= 0 && years < byYears.length ? byYears[(int) years] : null;
    }
}
