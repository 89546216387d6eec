package org.hspnavigator.engine.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.table.PointRow;

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
        // Whole numbers as read from JSON (scale 0) are by far the most common: take them as they are
        // rather than rounding and stripping a copy.
        boolean whole = stated.scale() <= 0 || stated.stripTrailingZeros().scale() <= 0;
        long completed = stated.scale() <= 0 ? stated.longValueExact()
                : stated.setScale(0, RoundingMode.FLOOR).longValueExact();
        Optional<PointRow> row = context.rules().career(category, completed);
        if (row.isPresent()) {
            Message why = whole
                    ? Message.of("item.career", completed, category.name())
                    : Message.of("item.career.fractional", stated.stripTrailingZeros().toPlainString(), completed,
                            category.name());
            findings.item(Awards.award(row.get(), why));
        }
    }

    static BigDecimal yearsFor(CareerYears years, Category category) {
        return switch (category) {
            case ACADEMIC_RESEARCH -> years.academicResearch();
            case SPECIALIZED_TECHNICAL -> years.specializedTechnical();
            case BUSINESS_MANAGEMENT -> years.businessManagement();
        };
    }
}
