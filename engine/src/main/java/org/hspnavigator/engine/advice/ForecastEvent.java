package org.hspnavigator.engine.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;

/**
 * A day on which the points change by themselves.
 *
 * @param date         the first day with the new points
 * @param pointsBefore the points the day before
 * @param pointsAfter  the points from this day on
 * @param reasons      what happens that day: a birthday, a completed year of experience, a new rule set
 */
public record ForecastEvent(LocalDate date, int pointsBefore, int pointsAfter, List<Message> reasons) {

    /** The reason "a year of experience completes" (docs/rules.md §3), with the years and the category. */
    static final String EXPERIENCE_COMPLETES = "advice.reason.career";

    public ForecastEvent {
        Objects.requireNonNull(date, "date");
        reasons = List.copyOf(reasons);
    }

    /**
     * Whether a completed year of experience is among the reasons: a change the forecast assumes by
     * working on, which the permanent-residence routes do not (they take the stated years, docs/rules.md §11).
     */
    public boolean completesExperience() {
        return reasons.stream().anyMatch(reason -> reason.key().equals(EXPERIENCE_COMPLETES));
    }

    public boolean isDrop() {
        return pointsAfter < pointsBefore;
    }

    /** For a drop, the last day an application still counts the higher points: the day before. */
    public Optional<LocalDate> lastDayBefore() {
        return isDrop() ? Optional.of(date.minusDays(1)) : Optional.empty();
    }
}
