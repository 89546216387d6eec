package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * 家事使用人（入国帯同型）, docs/rules.md §14: household income of ¥10,000,000 or more (family.tsv) and a
 * worker the HSP employed abroad for 1 year or more before — 1 worker, who leaves Japan with the HSP. Whether
 * such a worker exists is a fact only the user knows and the case format does not ask; without it
 * the type is not assessed rather than guessed.
 */
final class AccompanyingWorker implements FamilyRule {

    @Override
    public Preference assess(FamilyFacts facts, DatedValues<FamilyValue> values) {
        List<Message> reasons = new ArrayList<>();
        boolean income = HouseholdIncome.check(facts,
                values.on(FamilyValue.DOMESTIC_WORKER_HOUSEHOLD_INCOME_YEN, facts.date()), reasons);
        Optional<Boolean> employedAbroad = facts.workerEmployedAbroadOneYear();
        Eligibility eligibility;
        if (employedAbroad.isEmpty()) {
            // Below the income threshold the answer is no whatever the worker's history.
            if (income) {
                reasons.add(Message.of("family.domesticWorkerAccompanying.needsInput"));
            }
            eligibility = income ? Eligibility.NOT_ASSESSED : Eligibility.NOT_ELIGIBLE;
        } else if (employedAbroad.get()) {
            reasons.add(Message.of("family.domesticWorkerAccompanying.employedAbroad"));
            eligibility = income ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE;
        } else {
            reasons.add(Message.of("family.domesticWorkerAccompanying.notEmployedAbroad"));
            eligibility = Eligibility.NOT_ELIGIBLE;
        }
        return new Preference(PreferenceId.DOMESTIC_WORKER_ACCOMPANYING, eligibility,
                eligibility == Eligibility.ELIGIBLE ? 1 : 0, Optional.empty(), reasons,
                DomesticWorkerConditions.reminders(values, facts.date(),
                        Message.of("family.domesticWorkerAccompanying.condition.leavesWith")));
    }
}
