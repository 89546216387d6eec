package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;

/**
 * 年収 (annual salary), docs/rules.md §4; HSP ordinance art. 1. Expected annual remuneration, in
 * brackets that are age-gated in academic research and specialized/technical (a bracket may score at 29
 * and not at 30) and not in business management.
 */
public final class AnnualSalary extends Criterion {

    public AnnualSalary() {
        super(CriterionId.SALARY);
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        RuleSet rules = context.rules();
        long yen = context.profile().annualSalaryYen();
        Optional<PointRow> row = rules.salary(category, context.ageBand(), yen);
        if (row.isEmpty()) {
            return;
        }
        String bracket = row.get().option();
        // The explanation names the age where the category's brackets depend on it.
        boolean ageGated = rules.age(category, context.ageBand()).isPresent();
        findings.award(row.get(), ageGated
                ? Message.of("item.salary.ageGated", yen, bracket, context.age())
                : Message.of("item.salary", yen, bracket));
    }
}
