package org.hspnavigator.engine.rule;

import java.math.BigDecimal;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.table.PointRow;

/**
 * 職歴 (professional career), docs/rules.md §3; HSP ordinance art. 1. Completed years of practical
 * experience in the category's own activity: research, research guidance and education for academic
 * research; the intended work for specialized/technical; management or administration for business
 * management. 7.5 years count as 7.
 */
public final class ProfessionalCareer extends Criterion {

    /** A fraction of a year is named as stated, so that the applicant sees it was counted down. */
    private static final Explanation WHY = (context, row) -> {
        Category category = row.category();
        CareerYears years = context.profile().careerYears();
        BigDecimal stated = years.in(category);
        long completed = years.completedIn(category);
        boolean whole = stated.scale() <= 0 || stated.stripTrailingZeros().scale() <= 0;
        return whole
                ? Message.of("item.career", completed, category.name())
                : Message.of("item.career.fractional", stated.stripTrailingZeros().toPlainString(), completed,
                        category.name());
    };

    public ProfessionalCareer() {
        super(CriterionId.CAREER);
    }

    @Override
    protected void evaluate(ScoringContext context, Category category, PointsSink sink) {
        Optional<PointRow> row = context.rules().career(category, context.profile().careerYears().completedIn(category));
        if (row.isPresent()) {
            sink.award(row.get(), WHY);
        }
    }
}
