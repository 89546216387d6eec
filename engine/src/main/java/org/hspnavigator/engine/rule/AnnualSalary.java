package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * 年収 (annual salary), points.md §3.3; ordinance art. 1. Expected annual remuneration, in brackets
 * that are age-gated in academic research and specialized/technical (a bracket may score at 29 and
 * not at 30) and not in business management.
 */
public final class AnnualSalary extends Criterion {

    /** Names the age where the category's brackets depend on it. */
    private static final Explanation WHY = (context, category, row) -> {
        long yen = context.profile().annualSalaryYen();
        boolean ageGated = context.rules().age(category, context.ageBand()).isPresent();
        return ageGated
                ? Message.of("item.salary.ageGated", yen, row.option(), context.age())
                : Message.of("item.salary", yen, row.option());
    };

    @Override
    public CriterionId id() {
        return CriterionId.SALARY;
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        Optional<PointRow> row = context.rules().salary(category, context.ageBand(), context.profile().annualSalaryYen());
        if (row.isPresent()) {
            findings.award(row.get(), WHY);
        }
    }

}
