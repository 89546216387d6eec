package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;

/**
 * 家事使用人（家庭事情型）, system.md §4.6: household income of ¥10,000,000 or more and a child under
 * 13 or a spouse unable to do housework — 1 worker. With only children to justify it, it ends on the
 * day the youngest child turns 13.
 */
final class FamilyCircumstancesWorker implements FamilyRule {

    static final int CHILD_AGE_LIMIT = 13;

    @Override
    public Preference assess(FamilyFacts facts) {
        List<Message> reasons = new ArrayList<>();
        boolean income = HouseholdIncome.check(facts, HouseholdIncome.DOMESTIC_WORKER_YEN, reasons);
        Optional<LocalDate> youngest = Children.youngestUnder(facts.childrenBirthDates(), facts.date(), CHILD_AGE_LIMIT);
        youngest.ifPresent(birth -> reasons.add(Message.of("family.domesticWorkerFamilyCircumstances.childUnder13",
                birth, Children.turns(birth, CHILD_AGE_LIMIT))));
        if (facts.spouseUnableToDoHousework()) {
            reasons.add(Message.of("family.domesticWorkerFamilyCircumstances.spouseUnable"));
        }
        if (youngest.isEmpty() && !facts.spouseUnableToDoHousework()) {
            reasons.add(Message.of("family.domesticWorkerFamilyCircumstances.none"));
        }
        boolean eligible = income && (youngest.isPresent() || facts.spouseUnableToDoHousework());
        Optional<LocalDate> endsOn = eligible && !facts.spouseUnableToDoHousework()
                ? youngest.map(birth -> Children.turns(birth, CHILD_AGE_LIMIT))
                : Optional.empty();
        return new Preference(PreferenceId.DOMESTIC_WORKER_FAMILY_CIRCUMSTANCES,
                eligible ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, eligible ? 1 : 0, endsOn, reasons,
                DomesticWorkerConditions.reminders());
    }
}
