package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.table.PointRow;

/**
 * A flat addition whose condition is a fact of the profile alone, the same in every category (an
 * employer's support, a degree from a Japanese university), and that says nothing when the condition
 * is not met. Unmet, it reports nothing in any category, which lets the engine skip it for the profile
 * ({@link #mayReport}).
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

    /** Nothing to explain: the condition is a plain fact of the profile. */
    @Override
    final void whenNotMet(ScoringContext context, Category category, PointRow row, Findings findings) {
    }

    /** Met, it scores or warrants a note; unmet, it reports nothing anywhere. */
    @Override
    public final boolean mayReport(ScoringContext context) {
        return isMet(context);
    }
}
