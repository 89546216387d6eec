package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;

/**
 * The deadlines and duties of a procedure (system.md §5 and §5.4). A CoE is valid 3 months from its
 * issue; an extension may be filed from 3 months before the period of stay expires; a change or
 * extension filed before the expiry lets the person stay until the decision or 2 months after the
 * expiry, whichever comes first (特例期間, not for PR). "n months before/after" is the same day of
 * the month, the last day of a shorter month standing in (as {@link LocalDate#minusMonths}). After a
 * grant: 14-day notices, a change of status before a new employer, cancellation after 3 months
 * without the activity or 90 days without a registered address.
 */
final class Deadlines {

    static final int COE_VALIDITY_MONTHS = 3;
    static final int EXTENSION_WINDOW_MONTHS = 3;
    static final int SPECIAL_PERIOD_MONTHS = 2;
    static final int NOTICE_DAYS = 14;
    static final int CANCELLATION_MONTHS = 3;
    static final int ADDRESS_CANCELLATION_DAYS = 90;
    /** From this day a CoE may be received by e-mail (system.md §5). */
    static final LocalDate COE_BY_EMAIL = LocalDate.of(2023, 3, 17);

    private Deadlines() {
    }

    /**
     * @param expiry the day the current period of stay expires, when the user gives it (change, extension)
     * @param warnings where a problem with the timing of the application is added
     */
    static List<Deadline> of(Procedure procedure, LocalDate date, Optional<LocalDate> expiry, List<Message> warnings) {
        List<Deadline> deadlines = new ArrayList<>();
        switch (procedure) {
            case COE -> {
                deadlines.add(Deadline.rule("coeValidity", COE_VALIDITY_MONTHS));
                if (!date.isBefore(COE_BY_EMAIL)) {
                    deadlines.add(Deadline.rule("coeByEmail", COE_BY_EMAIL));
                }
            }
            case CHANGE, EXTENSION -> {
                if (expiry.isPresent()) {
                    LocalDate expires = expiry.get();
                    if (procedure == Procedure.EXTENSION) {
                        LocalDate opens = expires.minusMonths(EXTENSION_WINDOW_MONTHS);
                        deadlines.add(Deadline.on("extensionWindowOpens", opens, EXTENSION_WINDOW_MONTHS, expires));
                        if (date.isBefore(opens)) {
                            warnings.add(Message.of("checklist.warning.beforeWindow", date, opens));
                        }
                    }
                    deadlines.add(Deadline.on("applyBy", expires, expires));
                    deadlines.add(Deadline.on("specialPeriodEnds", expires.plusMonths(SPECIAL_PERIOD_MONTHS),
                            SPECIAL_PERIOD_MONTHS, expires));
                    if (date.isAfter(expires)) {
                        warnings.add(Message.of("checklist.warning.afterExpiry", date, expires));
                    }
                } else {
                    if (procedure == Procedure.EXTENSION) {
                        deadlines.add(Deadline.rule("extensionWindow", EXTENSION_WINDOW_MONTHS));
                    }
                    deadlines.add(Deadline.rule("specialPeriod", SPECIAL_PERIOD_MONTHS));
                }
            }
            case PR -> deadlines.add(Deadline.rule("noSpecialPeriod"));
            default -> throw new IllegalArgumentException(procedure.name());
        }
        if (procedure == Procedure.PR) {
            deadlines.add(Deadline.rule("addressChange", NOTICE_DAYS));
            deadlines.add(Deadline.rule("residenceCardChanges", NOTICE_DAYS));
            return deadlines;
        }
        deadlines.add(Deadline.rule("addressRegistration", NOTICE_DAYS));
        deadlines.add(Deadline.rule("organizationNotice", NOTICE_DAYS));
        deadlines.add(Deadline.rule("newEmployer"));
        deadlines.add(Deadline.rule("residenceCardChanges", NOTICE_DAYS));
        deadlines.add(Deadline.rule("cancellation", CANCELLATION_MONTHS, ADDRESS_CANCELLATION_DAYS));
        return deadlines;
    }
}
