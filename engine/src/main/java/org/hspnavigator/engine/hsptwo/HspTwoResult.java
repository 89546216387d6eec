package org.hspnavigator.engine.hsptwo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.timeline.DatedPoints;

/**
 * HSP(ii) checked for an application date.
 *
 * @param applicationDate    the date of the application for the change of status
 * @param eligible           whether the computed requirements are met on that date
 * @param earliestDate       the first date on or after it on which they are, up to 10 years ahead
 * @param requiredYears      the years of HSP(i) activity needed (3; 1 for a J-Skip status); 0 without a status
 * @param atApplication      the points on the application date in the category of the status
 * @param jSkipAtApplication the J-Skip criteria on the application date in that category (without a status,
 *                           in any category); empty before the first snapshot
 * @param standardMet        how the standard of HSP(i) is met on the application date (the points, else the
 *                           J-Skip criteria); empty when it is not
 * @param reasons            why, also when eligible
 * @param reminders          the requirements that are not computed (good conduct, national interest)
 */
public record HspTwoResult(LocalDate applicationDate, boolean eligible, Optional<LocalDate> earliestDate,
        int requiredYears, Optional<DatedPoints> atApplication, Optional<JSkipVerdict> jSkipAtApplication,
        Optional<HspOneStandard> standardMet, List<Message> reasons, List<Message> reminders) {

    public HspTwoResult {
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(earliestDate, "earliestDate");
        Objects.requireNonNull(atApplication, "atApplication");
        Objects.requireNonNull(jSkipAtApplication, "jSkipAtApplication");
        Objects.requireNonNull(standardMet, "standardMet");
        reasons = List.copyOf(reasons);
        reminders = List.copyOf(reminders);
    }
}
