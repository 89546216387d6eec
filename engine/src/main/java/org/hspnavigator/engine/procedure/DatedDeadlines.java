package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deadlines of {@link Deadlines} that fall on a day, for a tracker that follows an applicant over
 * time (docs/rules.md §15): those that follow from the expiry of the period of stay (the extension
 * window opens before it, the application is due by it, the special period ends after it), a CoE's
 * validity from its issue, and the 14-day notices, which run from the day of the event that calls for
 * them (settling at an address, moving, a change of the contracting organization or of the residence
 * card's entries): "within N days" ends on the Nth day after the event, the day of the event not
 * counted. The periods and the words are those {@code hsp checklist} gives for a procedure on the day of
 * the event or the issue, so that both always agree.
 */
public final class DatedDeadlines {

    /** The duties of a number of days after an event, by the ids {@code hsp checklist} gives them. */
    public static final Set<String> NOTICES = Set.of("addressRegistration", "addressChange", "organizationNotice",
            "residenceCardChanges");

    private DatedDeadlines() {
    }

    /** The dated deadlines that follow from the day the period of stay expires, as {@code hsp checklist --procedure extension --expiry} gives them. */
    public static List<Deadline> ofExpiry(LocalDate expiry) {
        return Deadlines.of(Procedure.EXTENSION, expiry, Optional.of(expiry), new ArrayList<>()).stream()
                .filter(deadline -> deadline.date().isPresent())
                .toList();
    }

    /** The last day to enter Japan with a Certificate of Eligibility issued on {@code issued}. */
    public static Deadline coeValidity(LocalDate issued) {
        int months = period(Procedure.COE, "coeValidity", issued);
        return Deadline.on("coeValidity", issued.plusMonths(months), months);
    }

    /**
     * The last day of a notice ({@link #NOTICES}) after the event on {@code event}.
     *
     * @throws IllegalArgumentException for a duty that is not such a notice
     */
    public static Deadline notice(String duty, LocalDate event) {
        if (!NOTICES.contains(duty)) {
            throw new IllegalArgumentException("not a notice after an event: " + duty);
        }
        // Moving is a duty of permanent residents; the others are those of an HSP status.
        int days = period(duty.equals("addressChange") ? Procedure.PR : Procedure.CHANGE, duty, event);
        return Deadline.on(duty, event.plusDays(days), days);
    }

    /** The period a rule of the procedure states on the day, in the unit of its words (its first argument). */
    private static int period(Procedure procedure, String id, LocalDate date) {
        Deadline rule = Deadlines.of(procedure, date, Optional.empty(), new ArrayList<>()).stream()
                .filter(deadline -> deadline.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the procedure " + procedure + " states no " + id));
        return ((Number) rule.text().arguments().get(0)).intValue();
    }
}
