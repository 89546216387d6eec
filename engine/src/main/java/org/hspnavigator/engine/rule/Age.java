package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * 年齢 (age), docs/rules.md §5; HSP ordinance art. 1. Completed years on the reference date, in academic
 * research and specialized/technical only.
 */
public final class Age extends Criterion {

    private static final Explanation WHY = (context, row) -> Message.of("item.age", context.age(),
            context.referenceDate(), row.option());

    public Age() {
        super(CriterionId.AGE);
    }

    @Override
    protected void evaluate(ScoringContext context, Category category, PointsSink sink) {
        Optional<PointRow> row = context.rules().age(category, context.ageBand());
        if (row.isPresent()) {
            sink.award(row.get(), WHY);
        }
    }
}
