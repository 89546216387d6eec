package org.hspnavigator.engine.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;

/**
 * How one category's points change over a period if nothing changes but time (see
 * {@link Forecaster} for the assumptions).
 *
 * @param category the category forecast
 * @param from     the reference date, not included
 * @param to       the last day covered, included
 * @param events   every day the points change, in date order
 */
public record Forecast(Category category, LocalDate from, LocalDate to, List<ForecastEvent> events) {

    public Forecast {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        events = List.copyOf(events);
    }
}
