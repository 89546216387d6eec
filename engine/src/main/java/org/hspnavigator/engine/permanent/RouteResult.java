package org.hspnavigator.engine.permanent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.timeline.DatedPoints;

/**
 * One route checked for an application date (docs/rules.md §11).
 *
 * @param route              the route
 * @param met                whether it is met on the application date
 * @param earliestDate       the first date on or after the application date on which it is met, up to 10
 *                           years ahead; the application date itself when {@code met}
 * @param atApplication      the points on the application date (for every route, J-Skip included);
 *                           empty before the first snapshot
 * @param startDate          the application date minus the route's years
 * @param atStart            the points on the start date; empty before the first snapshot
 * @param jSkipAtApplication the J-Skip criteria on the application date (J-Skip route only)
 * @param jSkipAtStart       the J-Skip criteria on the start date (J-Skip route only)
 * @param reasons            why the route is met or not, also when it is
 */
public record RouteResult(Route route, boolean met, Optional<LocalDate> earliestDate, Optional<DatedPoints> atApplication,
        LocalDate startDate, Optional<DatedPoints> atStart, Optional<JSkipVerdict> jSkipAtApplication,
        Optional<JSkipVerdict> jSkipAtStart, List<Message> reasons) {

    public RouteResult {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(earliestDate, "earliestDate");
        Objects.requireNonNull(atApplication, "atApplication");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(atStart, "atStart");
        Objects.requireNonNull(jSkipAtApplication, "jSkipAtApplication");
        Objects.requireNonNull(jSkipAtStart, "jSkipAtStart");
        reasons = List.copyOf(reasons);
    }
}
