package org.hspnavigator.engine.permanent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.calendar.CompletedYears;
import org.hspnavigator.engine.jskip.CaseJSkip;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.timeline.DatedPoints;
import org.hspnavigator.engine.timeline.DaySearch;
import org.hspnavigator.engine.timeline.PointsTimeline;

/**
 * One route of docs/rules.md §11 applied to one case: met on D when the
 * points on D reach the threshold (J-Skip: the criteria are met on D), continuous residence has lasted
 * the route's years on D, and either the HSP status has been held that long with recognized points at
 * the threshold (J-Skip: a J-Skip status) or the points on D − years reach the threshold (J-Skip: the
 * criteria were met then). Without a continuous residence in Japan (an applicant abroad) no route is
 * met. The points routes are never met before the guideline revision of
 * 2017-04-26; J-Skip criteria never before 2023-04-21 (the J-Skip table starts then).
 */
final class RouteCheck {

    private final Route route;
    private final ApplicantCase applicant;
    private final PointsTimeline points;
    private final CaseJSkip jSkip;

    RouteCheck(Route route, PointsTimeline points, CaseJSkip jSkip) {
        this.route = route;
        this.applicant = points.applicant();
        this.points = points;
        this.jSkip = jSkip;
    }

    boolean metOn(LocalDate date) {
        if (route.byPoints()) {
            if (date.isBefore(PermanentResidence.GUIDELINE_REVISION) || !pointsReach(date)) {
                return false;
            }
        } else if (!jSkip.met(date)) {
            return false;
        }
        Optional<LocalDate> residentSince = applicant.residence().continuousSince();
        if (residentSince.isEmpty() || !CompletedYears.reached(residentSince.get(), route.years(), date)) {
            return false;
        }
        return statusHeld(date) || startConditionByDate(date);
    }

    private boolean pointsReach(LocalDate date) {
        Optional<DatedPoints> on = points.on(date);
        return on.isPresent() && on.get().points() >= threshold();
    }

    private boolean statusHeld(LocalDate date) {
        Optional<HspStatus> hsp = applicant.residence().hsp();
        if (hsp.isEmpty() || !CompletedYears.reached(hsp.get().since(), route.years(), date)) {
            return false;
        }
        return route.byPoints() ? hsp.get().recognizedPoints() >= threshold() : hsp.get().jSkip();
    }

    private boolean startConditionByDate(LocalDate date) {
        LocalDate start = date.minusYears(route.years());
        return route.byPoints() ? pointsReach(start) : jSkip.met(start);
    }

    private int threshold() {
        return route.threshold().orElseThrow();
    }

    /** The route on the application date, with the earliest date found and the reasons in words. */
    RouteResult result(LocalDate application, boolean met, Optional<LocalDate> earliest) {
        LocalDate start = application.minusYears(route.years());
        Optional<DatedPoints> atApplication = points.on(application);
        Optional<DatedPoints> atStart = points.on(start);
        Optional<JSkipVerdict> jSkipAtApplication = route.byPoints() ? Optional.empty() : jSkip.on(application);
        Optional<JSkipVerdict> jSkipAtStart = route.byPoints() ? Optional.empty() : jSkip.on(start);
        List<Message> reasons = new ArrayList<>();
        if (route.byPoints()) {
            if (application.isBefore(PermanentResidence.GUIDELINE_REVISION)) {
                reasons.add(Message.of("pr.route.notBeforeRevision", PermanentResidence.GUIDELINE_REVISION, application));
            }
            reasons.add(pointsReason(application, atApplication));
        } else {
            reasons.add(jSkipAtApplication.map(v -> Message.of("pr.jSkip.on", application, v.basis()))
                    .orElseGet(() -> Message.of("pr.jSkip.none", application, applicant.firstSnapshotDate())));
        }
        reasons.add(residenceReason(application));
        reasons.add(statusReason(application));
        if (route.byPoints()) {
            reasons.add(startReason(start, atStart));
        } else {
            reasons.add(jSkipAtStart.map(v -> Message.of("pr.jSkip.start", start, v.basis()))
                    .orElseGet(() -> Message.of("pr.jSkip.startNone", start, applicant.firstSnapshotDate())));
        }
        if (met) {
            reasons.add(Message.of("pr.met", application));
        } else if (earliest.isPresent()) {
            reasons.add(Message.of("pr.earliest", application, earliest.get()));
        } else {
            reasons.add(Message.of("pr.never", application, DaySearch.horizon(application)));
        }
        return new RouteResult(route, met, earliest, atApplication, start, atStart, jSkipAtApplication, jSkipAtStart,
                reasons);
    }

    private Message pointsReason(LocalDate date, Optional<DatedPoints> on) {
        if (on.isEmpty()) {
            return Message.of("pr.points.none", date, applicant.firstSnapshotDate());
        }
        return Message.of(on.get().points() >= threshold() ? "pr.points.reached" : "pr.points.below", date,
                on.get().points(), on.get().category(), threshold());
    }

    private Message startReason(LocalDate start, Optional<DatedPoints> on) {
        if (on.isEmpty()) {
            return Message.of("pr.start.none", route.years(), start, applicant.firstSnapshotDate());
        }
        return Message.of(on.get().points() >= threshold() ? "pr.start.reached" : "pr.start.below", route.years(),
                start, on.get().points(), on.get().category(), threshold());
    }

    private Message residenceReason(LocalDate application) {
        Optional<LocalDate> residentSince = applicant.residence().continuousSince();
        if (residentSince.isEmpty()) {
            return Message.of("pr.residence.none", route.years());
        }
        LocalDate since = residentSince.get();
        LocalDate reached = CompletedYears.firstDay(since, route.years());
        return Message.of(reached.isAfter(application) ? "pr.residence.short" : "pr.residence.reached", since,
                route.years(), reached);
    }

    private Message statusReason(LocalDate application) {
        Optional<HspStatus> hsp = applicant.residence().hsp();
        if (route.byPoints()) {
            if (hsp.isEmpty()) {
                return Message.of("pr.status.none", threshold(), route.years());
            }
            HspStatus status = hsp.get();
            LocalDate held = CompletedYears.firstDay(status.since(), route.years());
            // A J-Skip status is granted on the J-Skip criteria, a standard without points (docs/rules.md §13).
            if (status.jSkip() && status.recognizedPoints() == 0) {
                return Message.of("pr.status.jSkip", status.since(), threshold(), route.years());
            }
            if (status.recognizedPoints() < threshold()) {
                return Message.of("pr.status.tooFewPoints", status.since(), status.recognizedPoints(), threshold(),
                        route.years());
            }
            return Message.of(held.isAfter(application) ? "pr.status.tooRecent" : "pr.status.held", status.since(),
                    status.recognizedPoints(), route.years(), held);
        }
        if (hsp.isEmpty()) {
            return Message.of("pr.jSkipStatus.none");
        }
        if (!hsp.get().jSkip()) {
            return Message.of("pr.jSkipStatus.notJSkip", hsp.get().since());
        }
        LocalDate held = CompletedYears.firstDay(hsp.get().since(), route.years());
        return Message.of(held.isAfter(application) ? "pr.jSkipStatus.tooRecent" : "pr.jSkipStatus.held",
                hsp.get().since(), held);
    }

    /**
     * The days between {@code date} − years and {@code date} on which the points were below the
     * threshold, as a warning (docs/rules.md §11: a 2024 revision may require them to be kept throughout).
     */
    Optional<Message> dipWarning(LocalDate date) {
        if (!route.byPoints()) {
            return Optional.empty();
        }
        LocalDate start = date.minusYears(route.years());
        LocalDate firstBelow = null;
        LocalDate lastBelow = null;
        int lowest = Integer.MAX_VALUE;
        for (LocalDate day = start; !day.isAfter(date); day = day.plusDays(1)) {
            Optional<DatedPoints> on = points.on(day);
            if (on.isPresent() && on.get().points() < threshold()) {
                firstBelow = firstBelow == null ? day : firstBelow;
                lastBelow = day;
                lowest = Math.min(lowest, on.get().points());
            }
        }
        if (firstBelow == null) {
            return Optional.empty();
        }
        return Optional.of(Message.of("pr.warning.dip", route, threshold(), start, date, firstBelow, lastBelow, lowest));
    }
}
