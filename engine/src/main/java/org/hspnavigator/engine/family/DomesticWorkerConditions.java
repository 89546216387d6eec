package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.points.Message;

/**
 * The worker's own conditions common to every domestic-worker type, system.md §4.6: 18 or older and
 * paid ¥200,000 a month or more. The case does not describe the worker, so they are reminders.
 */
final class DomesticWorkerConditions {

    static final long MONTHLY_PAY_YEN = 200_000L;
    static final int MINIMUM_AGE = 18;

    private DomesticWorkerConditions() {
    }

    static List<Message> reminders(Message... specific) {
        List<Message> conditions = new ArrayList<>(List.of(specific));
        conditions.add(Message.of("family.domesticWorker.condition.age", MINIMUM_AGE));
        conditions.add(Message.of("family.domesticWorker.condition.pay", MONTHLY_PAY_YEN));
        return conditions;
    }
}
