package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * 家事使用人（特別高度人材）, docs/rules.md §13 and §14: a J-Skip holder (from 2023-04-21) with household
 * income of ¥30,000,000 or more (family.tsv) may employ up to 2 domestic workers, without the family
 * conditions of the other types.
 */
final class JSkipWorker implements FamilyRule {

    @Override
    public Preference assess(FamilyFacts facts, DatedValues<FamilyValue> values) {
        List<Message> reasons = new ArrayList<>();
        boolean eligible = false;
        if (!facts.jSkip()) {
            reasons.add(Message.of("family.domesticWorkerJSkip.notJSkip"));
        } else if (facts.date().isBefore(HouseholdIncome.J_SKIP_START)) {
            reasons.add(Message.of("family.domesticWorkerJSkip.beforeJSkip", HouseholdIncome.J_SKIP_START));
        } else {
            reasons.add(Message.of("family.domesticWorkerJSkip.jSkip"));
            eligible = HouseholdIncome.check(facts,
                    values.on(FamilyValue.J_SKIP_DOMESTIC_WORKERS_HOUSEHOLD_INCOME_YEN, facts.date()), reasons);
        }
        return new Preference(PreferenceId.DOMESTIC_WORKER_J_SKIP, eligible ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE,
                eligible ? 2 : 0, Optional.empty(), reasons, DomesticWorkerConditions.reminders(values, facts.date()));
    }
}
