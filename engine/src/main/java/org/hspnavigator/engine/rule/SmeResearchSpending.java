package org.hspnavigator.engine.rule;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Employer;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.Threshold;

/**
 * 試験研究費等比率が3%を超える中小企業 (an SME spending more than 3 % of revenue on tests, research and
 * development), docs/rules.md §9. The ratio must exceed the threshold strictly: exactly 3.0 % does not
 * count. SME status is required, innovation support is not.
 */
public final class SmeResearchSpending extends FlatAddition {

    private static final Explanation ABOVE = (context, row) -> Message.of("item.smeResearchSpending", ratio(context),
            threshold(context, row.category()).orElseThrow());
    private static final Explanation NOT_SME = (context, row) -> Message.of("item.smeResearchSpending.notSme",
            ratio(context));
    private static final Explanation NOT_ABOVE = (context, row) -> Message.of("item.smeResearchSpending.notAbove",
            ratio(context), threshold(context, row.category()).orElseThrow());

    public SmeResearchSpending() {
        super(CriterionId.SME_RESEARCH_SPENDING);
    }

    /** Without a stated ratio there is nothing to score or to explain. */
    @Override
    boolean concerns(ScoringContext context) {
        return context.profile().employer().rdExpenseRatioPercent().isPresent();
    }

    @Override
    boolean isMet(ScoringContext context, Category category) {
        return context.profile().employer().sme() && exceedsThreshold(context, category);
    }

    @Override
    void award(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        sink.award(row, ABOVE);
    }

    /** A stated ratio that does not count: not above the threshold, or the employer is not an SME. */
    @Override
    void whenNotMet(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        Employer employer = context.profile().employer();
        if (employer.rdExpenseRatioPercent().isEmpty()) {
            return;
        }
        if (!employer.sme()) {
            if (exceedsThreshold(context, category)) {
                sink.withhold(row, NOT_SME);
            }
        } else {
            sink.withhold(row, NOT_ABOVE);
        }
    }

    private static boolean exceedsThreshold(ScoringContext context, Category category) {
        OptionalLong threshold = threshold(context, category);
        Optional<BigDecimal> ratio = context.profile().employer().rdExpenseRatioPercent();
        return threshold.isPresent() && ratio.isPresent()
                && ratio.get().compareTo(BigDecimal.valueOf(threshold.getAsLong())) > 0;
    }

    private static OptionalLong threshold(ScoringContext context, Category category) {
        return context.rules().threshold(Threshold.SME_RESEARCH_SPENDING_PERCENT, category);
    }

    private static String ratio(ScoringContext context) {
        Optional<BigDecimal> ratio = context.profile().employer().rdExpenseRatioPercent();
        return ratio.isPresent() ? ratio.get().stripTrailingZeros().toPlainString() : "";
    }
}
