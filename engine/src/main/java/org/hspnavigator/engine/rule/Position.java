package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.ExecutivePosition;

/**
 * 地位 (position), points.md §3.7; ordinance art. 1. Representative director or equivalent, or
 * director or equivalent, in the business managed; business management only.
 */
public final class Position implements Criterion {

    @Override
    public CriterionId id() {
        return CriterionId.POSITION;
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        ExecutivePosition held = context.profile().position();
        context.rules().position(category, held).ifPresent(row -> findings.item(Awards.award(row,
                Message.of("item.position." + held.name()))));
    }
}
