package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * 資格 (qualifications), docs/rules.md §7; HSP ordinance art. 1. Japanese national qualifications
 * related to the work (業務独占・名称独占資格, or the IT exams of the ministry's IT notice);
 * specialized/technical only.
 */
public final class Qualifications extends Criterion {

    private static final Explanation WHY = (context, row) -> Message.of("item.qualifications",
            context.profile().japaneseNationalQualifications());

    public Qualifications() {
        super(CriterionId.QUALIFICATIONS);
    }

    @Override
    protected void evaluate(ScoringContext context, Category category, PointsSink sink) {
        int count = context.profile().japaneseNationalQualifications();
        Optional<PointRow> row = context.rules().qualifications(category, count);
        if (row.isPresent()) {
            sink.award(row.get(), WHY);
        }
    }
}
