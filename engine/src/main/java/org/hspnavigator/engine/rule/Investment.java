package org.hspnavigator.engine.rule;

import java.util.OptionalLong;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.Threshold;

/**
 * An investment of ¥100,000,000 or more in the business the applicant manages, docs/rules.md §9;
 * business management only, from 2017-04-26. Claimed earlier, it is a note in business management.
 */
public final class Investment extends FlatAddition {

    private static final Explanation WHY = (context, row) -> Message.of("item.investment",
            context.profile().investmentYen(), context.rules().requiredThreshold(Threshold.INVESTMENT_YEN, row.category()));

    public Investment() {
        super(CriterionId.INVESTMENT);
    }

    /**
     * Before the item exists the amount it will require is the measure: an investment of that amount
     * claimed on such a date is noted rather than scoring a silent zero.
     */
    @Override
    boolean isMet(ScoringContext context, Category category) {
        OptionalLong minimum = context.rules().threshold(Threshold.INVESTMENT_YEN, category);
        if (minimum.isEmpty() && !context.rules().additionInForce(id())) {
            minimum = context.rules().upcomingThreshold(Threshold.INVESTMENT_YEN, category);
        }
        return minimum.isPresent() && context.profile().investmentYen() >= minimum.getAsLong();
    }

    @Override
    void award(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        sink.award(row, WHY);
    }
}
