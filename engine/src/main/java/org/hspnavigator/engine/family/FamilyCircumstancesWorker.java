package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * 家事使用人（家庭事情型）, docs/rules.md §14: household income of ¥10,000,000 or more and a child under
 * 13 or a spouse unable to do housework — 1 worker. With only children to justify it, it ends on the
 * day the youngest child turns 13.
 */
final class FamilyCircumstancesWorker implements FamilyRule {

    @Override
    public Preference assess(FamilyFacts facts, DatedValues<FamilyValue> values) {
        List<Message> reasons = new ArrayList<>();
        boolean income = HouseholdIncome.check(facts,
                values.on(FamilyValue.DOMESTIC_WORKER_HOUSEHOLD_INCOME_YEN, facts.date()), reasons);
        int childAge = (int) values.on(FamilyValue.DOMESTIC_WORKER_CHILD_UNDER_AGE, facts.date());
        Optional<LocalDate> youngest = Children.youngestUnder(facts.childrenBirthDates(), facts.date(), childAge);
        youngest.ifPresent(birth -> reasons.add(Message.of("family.domesticWorkerFamilyCircumstances.childUnder13",
                birth, Children.turns(birth, childAge), childAge)));
        if (facts.spouseUnableToDoHousework()) {
            reasons.add(Message.of("family.domesticWorkerFamilyCircumstances.spouseUnable"));
        }
        if (youngest.isEmpty() && !facts.spouseUnableToDoHousework()) {
            reasons.add(Message.of("family.domesticWorkerFamilyCircumstances.none", childAge));
        }
        boolean eligible = income && (youngest.isPresent() || facts.spouseUnableToDoHousework());
        Optional<LocalDate> endsOn = eligible && !facts.spouseUnableToDoHousework()
                ? youngest.map(birth -> Children.turns(birth, childAge))
                : Optional.empty();
        return new Preference(PreferenceId.DOMESTIC_WORKER_FAMILY_CIRCUMSTANCES,
                eligible ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, eligible ? 1 : 0, endsOn, reasons,
                DomesticWorkerConditions.reminders(values, facts.date()));
    }
}
