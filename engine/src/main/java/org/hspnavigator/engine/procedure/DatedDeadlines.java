package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deadlines of {@link Deadlines} that fall on a day, for a tracker that follows an applicant over
 * time (docs/rules.md §15): those that follow from the expiry of the period of stay (the extension
 * window opens 3 months before, the application is due by the expiry, the special period ends 2 months
 * after), a CoE's validity from its issue, and the 14-day notices, which run from the day of the event
 * that calls for them (settling at an address, moving, a change of the contracting organization or of
 * the residence card's entries): "within 14 days" ends on the 14th day after the event, the day of the
 * event not counted. The words are those of {@code hsp checklist}.
 */
public final class DatedDeadlines {

    /** The duties of 14 days, by the ids {@code hsp checklist} gives them. */
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
        return Deadline.on("coeValidity", issued.plusMonths(Deadlines.COE_VALIDITY_MONTHS), Deadlines.COE_VALIDITY_MONTHS);
    }

    /**
     * The last day of a 14-day notice ({@link #NOTICES}) after the event on {@code event}.
     *
     * @throws IllegalArgumentException for a duty that is not a 14-day notice
     */
    public static Deadline notice(String duty, LocalDate event) {
        if (!NOTICES.contains(duty)) {
            throw new IllegalArgumentException("not a 14-day notice: " + duty);
        }
        return Deadline.on(duty, event.plusDays(Deadlines.NOTICE_DAYS), Deadlines.NOTICE_DAYS);
    }
}
