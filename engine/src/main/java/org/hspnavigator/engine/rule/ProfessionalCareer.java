package org.hspnavigator.engine.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;

/**
 * 職歴 (professional career), points.md §3.2; ordinance art. 1. Completed years of practical
 * experience in the category's own activity: research, research guidance and education for academic
 * research; the intended work for specialized/technical; management or administration for business
 * management. 7.5 years count as 7.
 */
public final class ProfessionalCareer extends Criterion {

    /**
     * The explanations of whole years in each category, made once: they name only the years and the
     * category, and profiles state whole years far more often than fractions.
     */
    private static final Message[][] WHOLE_YEARS = wholeYearExplanations();

    /** Whole years name only the years and the category; fractions also the years as stated. */
    private static final Explanation WHY = (context, category, row) -> {
        BigDecimal stated = yearsFor(context.profile().careerYears(), category);
        long completed = completedYears(stated);
        return isWhole(stated)
                ? wholeYears(completed, category)
                : Message.of("item.career.fractional", stated.stripTrailingZeros().toPlainString(), completed,
                        category.name());
    };

    /** The item of each whole number of years, by category; null where the rule set has no row. */
    static Item[][] readyItems(RuleSet rules) {
        Item[][] items = new Item[Category.values().length][];
        for (Category category : Category.values()) {
            Message[] why = WHOLE_YEARS[category.ordinal()];
            items[category.ordinal()] = new Item[why.length];
            for (int years = 0; years < why.length; years++) {
                Optional<PointRow> row = rules.career(category, years);
                if (row.isPresent()) {
                    items[category.ordinal()][years] = Awards.award(row.get(), why[years]);
                }
            }
        }
        return items;
    }

    @Override
    public CriterionId id() {
        return CriterionId.CAREER;
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        BigDecimal stated = yearsFor(context.profile().careerYears(), category);
        long completed = completedYears(stated);
        boolean whole = isWhole(stated);
        Item ready = whole ? context.ready().wholeCareerYears(category, completed) : null;
        if (ready != null) {
            findings.item(ready);
            return;
        }
        Optional<PointRow> row = context.rules().career(category, completed);
        if (row.isPresent()) {
            findings.award(row.get(), WHY);
        }
    }

    /**
     * The completed years of a stated number (7.9 → 7). Whole numbers as read from JSON (scale 0 or
     * less) are by far the most common: they are taken as they are, without a rounded copy.
     */
    static long completedYears(BigDecimal stated) {
        return stated.scale() <= 0 ? stated.longValueExact() : stated.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** Whether the stated years are a whole number (5 and 5.0 are; 5.5 is not). */
    static boolean isWhole(BigDecimal stated) {
        return stated.scale() <= 0 || stated.stripTrailingZeros().scale() <= 0;
    }

    private static Message wholeYears(long years, Category category) {
        Message[] made = WHOLE_YEARS[category.ordinal()];
        return years >= 0 && years < made.length ? made[(int) years] : careerMessage(years, category);
    }

    private static Message[][] wholeYearExplanations() {
        int maxYears = ProfileLimits.MAX_CAREER_YEARS.intValueExact();
        Message[][] made = new Message[Category.values().length][maxYears + 1];
        for (Category category : Category.values()) {
            for (int years = 0; years <= maxYears; years++) {
                made[category.ordinal()][years] = careerMessage(years, category);
            }
        }
        return made;
    }

    private static Message careerMessage(long years, Category category) {
        return Message.of("item.career", years, category.name());
    }

    static BigDecimal yearsFor(CareerYears years, Category category) {
        return switch (category) {
            case ACADEMIC_RESEARCH -> years.academicResearch();
            case SPECIALIZED_TECHNICAL -> years.specializedTechnical();
            case BUSINESS_MANAGEMENT -> years.businessManagement();
        };
    }
}
