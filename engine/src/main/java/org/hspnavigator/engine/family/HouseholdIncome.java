package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.List;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.points.Message;

/**
 * Household income (世帯年収) against a threshold of the family preferences (docs/rules.md §14), and the
 * reason it gives. Thresholds are met from the amount on ("¥8,000,000 or more", 以上).
 */
final class HouseholdIncome {

    /** J-Skip (特別高度人材) exists from this day (docs/rules.md §13): the first day of the J-Skip table. */
    static final LocalDate J_SKIP_START = JSkipCriteria.official().firstDate();

    private HouseholdIncome() {
    }

    static boolean reaches(FamilyFacts facts, long thresholdYen) {
        return facts.householdIncomeYen() >= thresholdYen;
    }

    /** "household income ¥X reaches ¥T", or "is below ¥T, short by ¥D", added to the reasons. */
    static boolean check(FamilyFacts facts, long thresholdYen, List<Message> reasons) {
        long income = facts.householdIncomeYen();
        if (income >= thresholdYen) {
            reasons.add(Message.of("family.income.reaches", income, thresholdYen));
            return true;
        }
        reasons.add(Message.of("family.income.below", income, thresholdYen, thresholdYen - income));
        return false;
    }
}
