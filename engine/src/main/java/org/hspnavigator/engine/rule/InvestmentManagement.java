package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.CriterionId;

/**
 * 投資運用業等 (the organization is registered for investment management under the Financial
 * Instruments and Exchange Act), docs/rules.md §9; specialized/technical and business management, from
 * 2021-07-30.
 */
public final class InvestmentManagement extends ProfileFactAddition {

    public InvestmentManagement() {
        super(CriterionId.INVESTMENT_MANAGEMENT);
    }

    @Override
    boolean isMet(ScoringContext context) {
        return context.profile().employer().investmentManagementBusiness();
    }
}
