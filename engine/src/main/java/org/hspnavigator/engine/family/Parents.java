package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * 親の帯同 (bringing a parent, 特定活動 notice item 34), docs/rules.md §14: household income of
 * ¥8,000,000 or more, and a child of the HSP or the spouse under 7 to raise, or a pregnant HSP or
 * spouse to support. It ends on the day the youngest child turns 7; while a pregnancy is declared the
 * end depends on a birth still to come, so no end date is given.
 */
final class Parents implements FamilyRule {

    @Override
    public Preference assess(FamilyFacts facts, DatedValues<FamilyValue> values) {
        List<Message> reasons = new ArrayList<>();
        LocalDate date = facts.date();
        boolean income = HouseholdIncome.check(facts, values.on(FamilyValue.PARENTS_HOUSEHOLD_INCOME_YEN, date),
                reasons);
        int childAge = (int) values.on(FamilyValue.PARENTS_CHILD_UNDER_AGE, date);
        Optional<LocalDate> youngest = Children.youngestUnder(facts.childrenBirthDates(), date, childAge);
        youngest.ifPresent(birth -> reasons.add(Message.of("family.parents.childUnder7", birth,
                Children.turns(birth, childAge), childAge)));
        if (facts.pregnancy()) {
            reasons.add(Message.of("family.parents.pregnancy"));
        }
        if (youngest.isEmpty() && !facts.pregnancy()) {
            Optional<LocalDate> older = Children.youngest(facts.childrenBirthDates(), date);
            reasons.add(older.isPresent()
                    ? Message.of("family.parents.childTurned7", older.get(), Children.turns(older.get(), childAge),
                            childAge)
                    : Message.of("family.parents.noChild", childAge));
        }
        boolean eligible = income && (youngest.isPresent() || facts.pregnancy());
        Optional<LocalDate> endsOn = Optional.empty();
        if (eligible && facts.pregnancy()) {
            reasons.add(Message.of("family.parents.untilUnbornTurns7", childAge));
        } else if (eligible) {
            endsOn = youngest.map(birth -> Children.turns(birth, childAge));
        }
        List<Message> conditions = List.of(Message.of("family.parents.condition.livesWith"),
                Message.of("family.parents.condition.oneSide"));
        return new Preference(PreferenceId.PARENTS, eligible ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, 0,
                endsOn, reasons, conditions);
    }
}
