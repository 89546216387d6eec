package org.hspnavigator.engine.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.CareerYears;

/**
 * 職歴 (professional career), points.md §3.2; ordinance art. 1. Completed years of practical
 * experience in the category's own activity: research, research guidance and education for academic
 * research; the intended work for specialized/technical; management or administration for business
 * management. 7.5 years count as 7.
 */
public final class ProfessionalCareer implements Criterion {

    @Override
    public CriterionId id() {
        return CriterionId.CAREER;
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        BigDecimal stated = yearsFor(context.profile().careerYears(), category);
        long completed = stated.setScale(0, RoundingMode.FLOOR).longValueExact();
        boolean whole = stated.stripTrailingZeros().scale() <= 0;
        Message why = whole
                ? Message.of("item.career", completed, category.name())
                : Message.of("item.career.fractional", stated.stripTrailingZeros().toPlainString(), completed,
                        category.name());
        context.rules().career(category, completed).ifPresent(row -> findings.item(Awards.award(row, why)));
    }

    static BigDecimal yearsFor(CareerYears years, Category category) {
        return switch (category) {
            case ACADEMIC_RESEARCH -> years.academicResearch();
            case SPECIALIZED_TECHNICAL -> years.specializedTechnical();
            case BUSINESS_MANAGEMENT -> years.businessManagement();
        };
    }
}
