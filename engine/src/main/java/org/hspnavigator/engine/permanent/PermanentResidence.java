package org.hspnavigator.engine.permanent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.jskip.CaseJSkip;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.timeline.DaySearch;
import org.hspnavigator.engine.timeline.PointsTimeline;

/**
 * 永住 (permanent residence) through the HSP routes, docs/rules.md §11 (永住許可に関するガイドライン,
 * revised 2017-04-26): for an application date, whether each route is met, the first date on or after
 * it on which it is (searched day by day up to and including 10 years ahead, the latest snapshot
 * assumed to stay true), warnings and reminders. The readings of docs/rules.md §11
 * (the points on a date, "n years on D") apply throughout.
 */
public final class PermanentResidence {

    /** The revision of the PR guideline that created the points routes; none is met before it. */
    public static final LocalDate GUIDELINE_REVISION = LocalDate.of(2017, 4, 26);

    /** The general requirements of docs/rules.md §11, reminded, not computed. */
    private static final List<Message> REMINDERS = List.of(
            Message.of("reminder.pr.goodConduct"),
            Message.of("reminder.pr.livelihood"),
            Message.of("reminder.pr.taxes"),
            Message.of("reminder.pr.socialInsurance"),
            Message.of("reminder.pr.longestPeriod"),
            Message.of("reminder.pr.publicHealth"),
            Message.of("reminder.pr.noPriority"));

    private final PointsEngine engine;
    private final JSkipCriteria jSkipCriteria;

    public PermanentResidence(PointsEngine engine, JSkipCriteria jSkipCriteria) {
        this.engine = engine;
        this.jSkipCriteria = jSkipCriteria;
    }

    public static PermanentResidence official() {
        return new PermanentResidence(PointsEngine.official(), JSkipCriteria.official());
    }

    public PermanentResidenceResult assess(ApplicantCase applicant, LocalDate applicationDate) {
        PointsTimeline points = new PointsTimeline(applicant, engine);
        CaseJSkip jSkip = new CaseJSkip(applicant, jSkipCriteria);
        List<RouteResult> routes = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        for (Route route : Route.values()) {
            RouteCheck check = new RouteCheck(route, points, jSkip);
            boolean met = check.metOn(applicationDate);
            Optional<LocalDate> earliest = met ? Optional.of(applicationDate)
                    : DaySearch.first(applicationDate.plusDays(1), DaySearch.horizon(applicationDate), check::metOn);
            routes.add(check.result(applicationDate, met, earliest));
            earliest.flatMap(check::dipWarning).ifPresent(warnings::add);
        }
        applicant.residence().hsp().filter(HspStatus::jSkip)
                .filter(status -> status.since().isBefore(jSkipCriteria.firstDate()))
                .ifPresent(status -> warnings.add(Message.of("pr.warning.jSkipBeforeStart", status.since(),
                        jSkipCriteria.firstDate())));
        return new PermanentResidenceResult(applicationDate, routes, warnings, REMINDERS);
    }
}
