package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.List;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.points.Message;

/**
 * The household-income thresholds (世帯年収) of the family preferences, system.md §4.5–4.6 and §3,
 * and the reason a threshold gives. Thresholds are inclusive ("¥8,000,000 or more", 以上).
 */
final class HouseholdIncome {

    /** Parents (親の帯同), system.md §4.5. */
    static final long PARENTS_YEN = 8_000_000L;
    /** Any domestic worker (家事使用人), system.md §4.6. */
    static final long DOMESTIC_WORKER_YEN = 10_000_000L;
    /** A second domestic worker in investment management, and J-Skip's up to 2, system.md §4.6 and §3. */
    static final long TWO_WORKERS_YEN = 30_000_000L;
    /** J-Skip (特別高度人材) exists from this day, system.md §3: the first day of the J-Skip table. */
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
