package org.hspnavigator.web.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline of an applicant on a day.
 *
 * @param date          the day
 * @param id            what it is: the engine's deadline id ({@code extensionWindowOpens}, {@code applyBy},
 *                      {@code specialPeriodEnds}, {@code coeValidity}, the 14-day notices), or
 *                      {@code permanentResidenceEarliest} or {@code lastDayBeforePointsDrop}
 * @param text          what it means, in the words of the command line
 * @param applicantId   whose
 * @param applicantName the applicant's name
 * @param applicationId the application file it comes from, if any
 * @param eventId       the event it runs from, if any
 */
public record DeadlineItem(LocalDate date, String id, String text, String applicantId, String applicantName,
        Optional<String> applicationId, Optional<String> eventId) {

    public DeadlineItem {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** A key that stays the same for the same deadline from one computation to the next (the calendar's UID). */
    public String key() {
        return applicantId + "/" + applicationId.orElse("-") + "/" + eventId.orElse("-") + "/" + id + "/" + date;
    }
}
