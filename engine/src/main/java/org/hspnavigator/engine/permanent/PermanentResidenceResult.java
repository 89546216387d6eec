package org.hspnavigator.engine.permanent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Message;

/**
 * The permanent-residence check of a case for one application date.
 *
 * @param applicationDate the date of the application
 * @param routes          POINTS_80, POINTS_70 and J_SKIP, in that order
 * @param warnings        what may defeat a route the rules as modelled say is met (points that dipped
 *                        below the threshold in between), or facts of the case that look inconsistent
 * @param reminders       the general requirements that apply but are not computed (docs/rules.md §11)
 */
public record PermanentResidenceResult(LocalDate applicationDate, List<RouteResult> routes, List<Message> warnings,
        List<Message> reminders) {

    public PermanentResidenceResult {
        Objects.requireNonNull(applicationDate, "applicationDate");
        routes = List.copyOf(routes);
        warnings = List.copyOf(warnings);
        reminders = List.copyOf(reminders);
    }
}
