package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * The deadlines and duties of a procedure (docs/rules.md §15), with the time limits of periods.tsv in
 * force on the date of the application: how long a CoE is valid, from when an extension may be filed,
 * how long a timely change or extension lets the person stay after the expiry (特例期間, not for PR), and
 * after a grant the notices, a change of status before a new employer and the grounds of cancellation.
 * "n months before/after" is the same day of the month, the last day of a shorter month standing in (as
 * {@link LocalDate#minusMonths}).
 */
final class Deadlines {

    /** From this day a CoE may be received by e-mail (ISA, CoE application page). */
    static final LocalDate COE_BY_EMAIL = LocalDate.of(2023, 3, 17);

    /** The time limits packaged with the engine, loaded once per process. */
    private static final class Official {
        static final DatedValues<ProcedurePeriod> PERIODS = DatedValues.load(
                name -> Optional.ofNullable(Deadlines.class.getResourceAsStream(name)), "periods.tsv",
                ProcedurePeriod.class);
    }

    private Deadlines() {
    }

    /**
     * @param expiry the day the current period of stay expires, when the user gives it (change, extension)
     * @param warnings where a problem with the timing of the application is added
     */
    static List<Deadline> of(Procedure procedure, LocalDate date, Optional<LocalDate> expiry, List<Message> warnings) {
        DatedValues<ProcedurePeriod> periods = Official.PERIODS;
        int coeValidity = period(periods, ProcedurePeriod.COE_VALIDITY_MONTHS, date);
        int extensionWindow = period(periods, ProcedurePeriod.EXTENSION_WINDOW_MONTHS, date);
        int specialPeriod = period(periods, ProcedurePeriod.SPECIAL_PERIOD_MONTHS, date);
        int addressNotice = period(periods, ProcedurePeriod.ADDRESS_NOTICE_DAYS, date);
        int residenceCardNotice = period(periods, ProcedurePeriod.RESIDENCE_CARD_NOTICE_DAYS, date);
        List<Deadline> deadlines = new ArrayList<>();
        switch (procedure) {
            case COE -> {
                deadlines.add(Deadline.rule("coeValidity", coeValidity));
                if (!date.isBefore(COE_BY_EMAIL)) {
                    deadlines.add(Deadline.rule("coeByEmail", COE_BY_EMAIL));
                }
            }
            case CHANGE, EXTENSION -> {
                if (expiry.isPresent()) {
                    LocalDate expires = expiry.get();
                    if (procedure == Procedure.EXTENSION) {
                        LocalDate opens = expires.minusMonths(extensionWindow);
                        deadlines.add(Deadline.on("extensionWindowOpens", opens, extensionWindow, expires));
                        if (date.isBefore(opens)) {
                            warnings.add(Message.of("checklist.warning.beforeWindow", date, opens));
                        }
                    }
                    deadlines.add(Deadline.on("applyBy", expires, expires));
                    deadlines.add(Deadline.on("specialPeriodEnds", expires.plusMonths(specialPeriod), specialPeriod,
                            expires));
                    if (date.isAfter(expires)) {
                        warnings.add(Message.of("checklist.warning.afterExpiry", date, expires));
                    }
                } else {
                    if (procedure == Procedure.EXTENSION) {
                        deadlines.add(Deadline.rule("extensionWindow", extensionWindow));
                    }
                    deadlines.add(Deadline.rule("specialPeriod", specialPeriod));
                }
            }
            case PR -> deadlines.add(Deadline.rule("noSpecialPeriod"));
            default -> throw new IllegalArgumentException(procedure.name());
        }
        if (procedure == Procedure.PR) {
            deadlines.add(Deadline.rule("addressChange", addressNotice));
            deadlines.add(Deadline.rule("residenceCardChanges", residenceCardNotice));
            return deadlines;
        }
        deadlines.add(Deadline.rule("addressRegistration", addressNotice));
        deadlines.add(Deadline.rule("organizationNotice",
                period(periods, ProcedurePeriod.ORGANIZATION_NOTICE_DAYS, date)));
        deadlines.add(Deadline.rule("newEmployer"));
        deadlines.add(Deadline.rule("residenceCardChanges", residenceCardNotice));
        deadlines.add(Deadline.rule("cancellation",
                period(periods, ProcedurePeriod.CANCELLATION_WITHOUT_ACTIVITY_MONTHS, date),
                period(periods, ProcedurePeriod.CANCELLATION_WITHOUT_ADDRESS_DAYS, date),
                period(periods, ProcedurePeriod.HSP_TWO_CANCELLATION_WITHOUT_ACTIVITY_MONTHS, date)));
        return deadlines;
    }

    /** A time limit as the whole number of months or days that the messages show. */
    private static int period(DatedValues<ProcedurePeriod> periods, ProcedurePeriod period, LocalDate date) {
        return Math.toIntExact(periods.on(period, date));
    }
}
