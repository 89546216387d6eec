package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * Innovation support to an SME, docs/rules.md §9: a further addition when the organization that
 * receives innovation-promotion support is also a small or medium-sized enterprise. SME status alone
 * earns nothing here.
 */
public final class SmeInnovationSupport extends FlatAddition {

    private static final Explanation WITHOUT_SUPPORT =
            Explanation.always(Message.of("item.smeInnovationSupport.withoutSupport"));

    public SmeInnovationSupport() {
        super(CriterionId.SME_INNOVATION_SUPPORT);
    }

    /** Not an SME, the item can be neither met nor withheld. */
    @Override
    boolean concerns(ScoringContext context) {
        return context.profile().employer().sme();
    }

    @Override
    boolean isMet(ScoringContext context, Category category) {
        return context.profile().employer().innovationSupport() && context.profile().employer().sme();
    }

    @Override
    void whenNotMet(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        sink.withhold(row, WITHOUT_SUPPORT);
    }
}
