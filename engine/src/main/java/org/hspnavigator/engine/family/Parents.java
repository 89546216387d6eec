package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;

/**
 * 親の帯同 (bringing a parent, 特定活動 notice item 34), system.md §4.5: household income of
 * ¥8,000,000 or more, and a child of the HSP or the spouse under 7 to raise, or a pregnant HSP or
 * spouse to support. It ends on the day the youngest child turns 7; while a pregnancy is declared the
 * end depends on a birth still to come, so no end date is given.
 */
final class Parents implements FamilyRule {

    static final int CHILD_AGE_LIMIT = 7;

    @Override
    public Preference assess(FamilyFacts facts) {
        List<Message> reasons = new ArrayList<>();
        boolean income = HouseholdIncome.check(facts, HouseholdIncome.PARENTS_YEN, reasons);
        LocalDate date = facts.date();
        Optional<LocalDate> youngest = Children.youngestUnder(facts.childrenBirthDates(), date, CHILD_AGE_LIMIT);
        youngest.ifPresent(birth -> reasons.add(Message.of("family.parents.childUnder7", birth,
                Children.turns(birth, CHILD_AGE_LIMIT))));
        if (facts.pregnancy()) {
            reasons.add(Message.of("family.parents.pregnancy"));
        }
        if (youngest.isEmpty() && !facts.pregnancy()) {
            Optional<LocalDate> older = Children.youngest(facts.childrenBirthDates(), date);
            reasons.add(older.isPresent()
                    ? Message.of("family.parents.childTurned7", older.get(), Children.turns(older.get(), CHILD_AGE_LIMIT))
                    : Message.of("family.parents.noChild"));
        }
        boolean eligible = income && (youngest.isPresent() || facts.pregnancy());
        Optional<LocalDate> endsOn = Optional.empty();
        if (eligible && facts.pregnancy()) {
            reasons.add(Message.of("family.parents.untilUnbornTurns7"));
        } else if (eligible) {
            endsOn = youngest.map(birth -> Children.turns(birth, CHILD_AGE_LIMIT));
        }
        List<Message> conditions = List.of(Message.of("family.parents.condition.livesWith"),
                Message.of("family.parents.condition.oneSide"));
        return new Preference(PreferenceId.PARENTS, eligible ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, 0,
                endsOn, reasons, conditions);
    }
}
