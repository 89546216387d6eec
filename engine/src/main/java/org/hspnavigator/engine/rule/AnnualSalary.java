package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * 年収 (annual salary), docs/rules.md §4; HSP ordinance art. 1. Expected annual remuneration, in
 * brackets that are age-gated in academic research and specialized/technical (a bracket may score at 29
 * and not at 30) and not in business management.
 */
public final class AnnualSalary extends Criterion {

    /** The explanation names the age where the category's brackets depend on it. */
    private static final Explanation WHY = (context, row) -> {
        long yen = context.profile().annualSalaryYen();
        boolean ageGated = context.rules().age(row.category(), context.ageBand()).isPresent();
        return ageGated
                ? Message.of("item.salary.ageGated", yen, row.option(), context.age())
                : Message.of("item.salary", yen, row.option());
    };

    public AnnualSalary() {
        super(CriterionId.SALARY);
    }

    @Override
    protected void evaluate(ScoringContext context, Category category, PointsSink sink) {
        Optional<PointRow> row = context.rules().salary(category, context.ageBand(), context.profile().annualSalaryYen());
        if (row.isPresent()) {
            sink.award(row.get(), WHY);
        }
    }
}
