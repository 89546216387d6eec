package org.hspnavigator.engine.hsptwo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.calendar.CompletedYears;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.timeline.DatedPoints;
import org.hspnavigator.engine.timeline.DaySearch;
import org.hspnavigator.engine.timeline.PointsTimeline;

/**
 * 高度専門職2号 (HSP(ii)), docs/rules.md §12: only by change of status from HSP(i) ({@code residence.hsp});
 * met on D when the status has been held 3 years on D (a J-Skip status: 1 year), "n years" read as in
 * docs/rules.md §11, and the points on D in the status's category reach the pass mark (70), with the
 * category's salary floor where it has one (¥3,000,000 in specialized/technical and business
 * management). Good conduct and the national interest are reminders, not computed.
 */
public final class HspTwo {

    public static final int YEARS_OF_HSP_ONE = 3;
    public static final int YEARS_OF_J_SKIP = 1;

    private static final List<Message> REMINDERS = List.of(
            Message.of("reminder.hsp2.goodConduct"),
            Message.of("reminder.hsp2.nationalInterest"));

    private final PointsEngine engine;

    public HspTwo(PointsEngine engine) {
        this.engine = engine;
    }

    public static HspTwo official() {
        return new HspTwo(PointsEngine.official());
    }

    public HspTwoResult assess(ApplicantCase applicant, LocalDate applicationDate) {
        PointsTimeline points = new PointsTimeline(applicant, engine);
        Optional<DatedPoints> atApplication = points.on(applicationDate);
        Optional<HspStatus> hsp = applicant.residence().hsp();
        if (hsp.isEmpty()) {
            return new HspTwoResult(applicationDate, false, Optional.empty(), 0, atApplication,
                    List.of(Message.of("hsp2.status.none")), REMINDERS);
        }
        HspStatus status = hsp.get();
        int years = status.jSkip() ? YEARS_OF_J_SKIP : YEARS_OF_HSP_ONE;
        boolean eligible = metOn(points, status, years, applicationDate);
        Optional<LocalDate> earliest = eligible ? Optional.of(applicationDate)
                : DaySearch.first(applicationDate.plusDays(1), DaySearch.horizon(applicationDate),
                        day -> metOn(points, status, years, day));
        List<Message> reasons = new ArrayList<>();
        LocalDate held = CompletedYears.firstDay(status.since(), years);
        reasons.add(Message.of(held.isAfter(applicationDate) ? "hsp2.status.tooRecent" : "hsp2.status.held",
                status.since(), years, status.jSkip() ? 1 : 0, held));
        if (atApplication.isEmpty()) {
            reasons.add(Message.of("pr.points.none", applicationDate, applicant.firstSnapshotDate()));
        } else {
            DatedPoints on = atApplication.get();
            int passMark = on.assessment().passMark();
            reasons.add(Message.of(on.points() >= passMark ? "pr.points.reached" : "pr.points.below", applicationDate,
                    on.points(), on.category(), passMark));
            if (!on.meetsSalaryFloor()) {
                reasons.add(Message.of("hsp2.floor.below", applicant.profileOn(applicationDate).orElseThrow()
                        .annualSalaryYen(), on.assessment().salaryFloorYen().orElseThrow(), on.category()));
            }
        }
        if (eligible) {
            reasons.add(Message.of("pr.met", applicationDate));
        } else if (earliest.isPresent()) {
            reasons.add(Message.of("pr.earliest", applicationDate, earliest.get()));
        } else {
            reasons.add(Message.of("pr.never", applicationDate, DaySearch.horizon(applicationDate)));
        }
        return new HspTwoResult(applicationDate, eligible, earliest, years, atApplication, reasons, REMINDERS);
    }

    private static boolean metOn(PointsTimeline points, HspStatus status, int years, LocalDate date) {
        if (!CompletedYears.reached(status.since(), years, date)) {
            return false;
        }
        Optional<DatedPoints> on = points.on(date);
        return on.isPresent() && on.get().assessment().eligible();
    }
}
