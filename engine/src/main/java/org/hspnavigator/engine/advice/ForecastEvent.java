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

    public ForecastEvent {
        Objects.requireNonNull(date, "date");
        reasons = List.copyOf(reasons);
    }

    public boolean isDrop() {
        return pointsAfter < pointsBefore;
    }

    /** For a drop, the last day an application still counts the higher points: the day before. */
    public Optional<LocalDate> lastDayBefore() {
        return isDrop() ? Optional.of(date.minusDays(1)) : Optional.empty();
    }
}
