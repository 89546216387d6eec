package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.table.PointRow;

/**
 * A flat addition whose condition is a fact of the profile alone, the same in every category (an
 * employer's support, a degree from a Japanese university), and that says nothing when the condition
 * is not met. The one place where scoring decides something once for all categories instead of in
 * each: an unmet condition is checked once per profile, not three times, which saved about 12 % of
 * the engine's time under C1 (bench/README.md, "Sixth round: one scoring path").
 */
abstract class ProfileFactAddition extends FlatAddition {

    ProfileFactAddition(CriterionId id) {
        super(id);
    }

    /** Whether the profile meets the condition, in every category alike. */
    abstract boolean isMet(ScoringContext context);

    @Override
    final boolean isMet(ScoringContext context, Category category) {
        return isMet(context);
    }

    /** Unmet, the fact says nothing in any category: most profiles meet few of these additions. */
    @Override
    final boolean concerns(ScoringContext context) {
        return isMet(context);
    }

    /** Nothing to explain: the condition is a plain fact of the profile. */
    @Override
    final void whenNotMet(ScoringContext context, Category category, PointRow row, PointsSink sink) {
    }
}
