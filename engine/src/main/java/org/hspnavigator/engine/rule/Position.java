package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.table.PointRow;

/**
 * 地位 (position), docs/rules.md §8; HSP ordinance art. 1. Representative director or equivalent, or
 * director or equivalent, in the business managed; business management only.
 */
public final class Position extends Criterion {

    /** The explanation of each position: it names nothing else of the profile. */
    private static final Explanation[] WHY = new Explanation[ExecutivePosition.values().length];

    static {
        for (ExecutivePosition position : ExecutivePosition.values()) {
            WHY[position.ordinal()] = Explanation.always(Message.of("item.position." + position.name()));
        }
    }

    public Position() {
        super(CriterionId.POSITION);
    }

    @Override
    protected void evaluate(ScoringContext context, Category category, PointsSink sink) {
        ExecutivePosition held = context.profile().position();
        Optional<PointRow> row = context.rules().position(category, held);
        if (row.isPresent()) {
            sink.award(row.get(), WHY[held.ordinal()]);
        }
    }
}
