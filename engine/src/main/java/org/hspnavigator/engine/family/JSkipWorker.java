package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;

/**
 * 家事使用人（特別高度人材）, system.md §3 and §4.6: a J-Skip holder (from 2023-04-21) with household
 * income of ¥30,000,000 or more may employ up to 2 domestic workers, without the family conditions of
 * the other types.
 */
final class JSkipWorker implements FamilyRule {

    @Override
    public Preference assess(FamilyFacts facts) {
        List<Message> reasons = new ArrayList<>();
        boolean eligible = false;
        if (!facts.jSkip()) {
            reasons.add(Message.of("family.domesticWorkerJSkip.notJSkip"));
        } else if (facts.date().isBefore(HouseholdIncome.J_SKIP_START)) {
            reasons.add(Message.of("family.domesticWorkerJSkip.beforeJSkip", HouseholdIncome.J_SKIP_START));
        } else {
            reasons.add(Message.of("family.domesticWorkerJSkip.jSkip"));
            eligible = HouseholdIncome.check(facts, HouseholdIncome.TWO_WORKERS_YEN, reasons);
        }
        return new Preference(PreferenceId.DOMESTIC_WORKER_J_SKIP, eligible ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE,
                eligible ? 2 : 0, Optional.empty(), reasons, DomesticWorkerConditions.reminders());
    }
}
