package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;

/**
 * 家事使用人（金融人材型）, system.md §4.6: an HSP working in investment management (投資運用業等;
 * the case's {@code employer.investmentManagementBusiness}) with household income of ¥10,000,000 or
 * more may employ 1 worker, and a second one from ¥30,000,000.
 */
final class InvestmentManagementWorker implements FamilyRule {

    @Override
    public Preference assess(FamilyFacts facts) {
        List<Message> reasons = new ArrayList<>();
        boolean income = HouseholdIncome.check(facts, HouseholdIncome.DOMESTIC_WORKER_YEN, reasons);
        int workers = 0;
        if (!facts.investmentManagement()) {
            reasons.add(Message.of("family.domesticWorkerInvestmentManagement.notInvestmentManagement"));
        } else {
            reasons.add(Message.of("family.domesticWorkerInvestmentManagement.investmentManagement"));
            if (income) {
                boolean two = HouseholdIncome.reaches(facts, HouseholdIncome.TWO_WORKERS_YEN);
                reasons.add(Message.of(two
                        ? "family.domesticWorkerInvestmentManagement.secondWorker"
                        : "family.domesticWorkerInvestmentManagement.noSecondWorker", HouseholdIncome.TWO_WORKERS_YEN));
                workers = two ? 2 : 1;
            }
        }
        return new Preference(PreferenceId.DOMESTIC_WORKER_INVESTMENT_MANAGEMENT,
                workers > 0 ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, workers, Optional.empty(), reasons,
                DomesticWorkerConditions.reminders());
    }
}
