package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * 家事使用人（金融人材型）, docs/rules.md §14: an HSP working in investment management (投資運用業等;
 * the case's {@code employer.investmentManagementBusiness}) with household income of ¥10,000,000 or
 * more may employ 1 worker, and a second one from ¥30,000,000 (family.tsv).
 */
final class InvestmentManagementWorker implements FamilyRule {

    @Override
    public Preference assess(FamilyFacts facts, DatedValues<FamilyValue> values) {
        List<Message> reasons = new ArrayList<>();
        boolean income = HouseholdIncome.check(facts,
                values.on(FamilyValue.DOMESTIC_WORKER_HOUSEHOLD_INCOME_YEN, facts.date()), reasons);
        int workers = 0;
        if (!facts.investmentManagement()) {
            reasons.add(Message.of("family.domesticWorkerInvestmentManagement.notInvestmentManagement"));
        } else {
            reasons.add(Message.of("family.domesticWorkerInvestmentManagement.investmentManagement"));
            if (income) {
                long secondWorkerYen = values.on(FamilyValue.INVESTMENT_MANAGEMENT_SECOND_WORKER_HOUSEHOLD_INCOME_YEN,
                        facts.date());
                boolean two = HouseholdIncome.reaches(facts, secondWorkerYen);
                reasons.add(Message.of(two
                        ? "family.domesticWorkerInvestmentManagement.secondWorker"
                        : "family.domesticWorkerInvestmentManagement.noSecondWorker", secondWorkerYen));
                workers = two ? 2 : 1;
            }
        }
        return new Preference(PreferenceId.DOMESTIC_WORKER_INVESTMENT_MANAGEMENT,
                workers > 0 ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, workers, Optional.empty(), reasons,
                DomesticWorkerConditions.reminders(values, facts.date()));
    }
}
