package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * The worker's own conditions common to every domestic-worker type (docs/rules.md §14): a minimum age
 * and a minimum monthly pay. The case does not describe the worker, so they are reminders.
 */
final class DomesticWorkerConditions {

    private DomesticWorkerConditions() {
    }

    static List<Message> reminders(DatedValues<FamilyValue> values, LocalDate date, Message... specific) {
        List<Message> conditions = new ArrayList<>(List.of(specific));
        conditions.add(Message.of("family.domesticWorker.condition.age",
                (int) values.on(FamilyValue.DOMESTIC_WORKER_MINIMUM_AGE, date)));
        conditions.add(Message.of("family.domesticWorker.condition.pay",
                values.on(FamilyValue.DOMESTIC_WORKER_MONTHLY_PAY_YEN, date)));
        return conditions;
    }
}
