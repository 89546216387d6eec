package org.hspnavigator.engine.hsptwo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.calendar.CompletedYears;
import org.hspnavigator.engine.jskip.CaseJSkip;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.timeline.DatedPoints;
import org.hspnavigator.engine.timeline.DaySearch;
import org.hspnavigator.engine.timeline.PointsTimeline;

/**
 * 高度専門職2号 (HSP(ii)), Immigration Control Act annexed table I(2) 高度専門職 item 2 and the HSP
 * ordinance art. 2 (docs/rules.md §12): only by change of status from HSP(i) ({@code residence.hsp}),
 * and only from 2015-04-01, when the status 高度専門職 came into force. Met on D when D is on or after
 * 2015-04-01, the status has been held 3 years on D (a J-Skip status: 1 year), "n years" read as
 * anniversaries, and the standard of HSP(i) is met on D in the status's category: the pass mark (70)
 * with the category's salary floor where it has one (¥3,000,000 in specialized/technical and business
 * management), or, from 2023-04-21, the J-Skip criteria instead of the points (ordinance art. 1
 * para. 2). Good conduct and the national interest are reminders, not computed.
 */
public final class HspTwo {

    public static final int YEARS_OF_HSP_ONE = 3;
    public static final int YEARS_OF_J_SKIP = 1;
    /** The day the status of residence 高度専門職, and with it HSP(ii), came into force. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2015, 4, 1);

    private static final List<Message> REMINDERS = List.of(
            Message.of("reminder.hsp2.goodConduct"),
            Message.of("reminder.hsp2.nationalInterest"));

    private final PointsEngine engine;
    private final JSkipCriteria jSkipCriteria;

    public HspTwo(PointsEngine engine, JSkipCriteria jSkipCriteria) {
        this.engine = engine;
        this.jSkipCriteria = jSkipCriteria;
    }

    public static HspTwo official() {
        return new HspTwo(PointsEngine.official(), JSkipCriteria.official());
    }

    public HspTwoResult assess(ApplicantCase applicant, LocalDate applicationDate) {
        PointsTimeline points = new PointsTimeline(applicant, engine);
        CaseJSkip jSkip = new CaseJSkip(applicant, jSkipCriteria);
        Optional<DatedPoints> atApplication = points.on(applicationDate);
        Optional<JSkipVerdict> jSkipAtApplication = jSkip.on(applicationDate);
        Optional<HspOneStandard> standard = standardOn(points, jSkip, applicationDate);
        Optional<HspStatus> hsp = applicant.residence().hsp();
        if (hsp.isEmpty()) {
            return new HspTwoResult(applicationDate, false, Optional.empty(), 0, atApplication, jSkipAtApplication,
                    standard, List.of(Message.of("hsp2.status.none")), REMINDERS);
        }
        HspStatus status = hsp.get();
        int years = status.jSkip() ? YEARS_OF_J_SKIP : YEARS_OF_HSP_ONE;
        boolean eligible = metOn(points, jSkip, status, years, applicationDate);
        Optional<LocalDate> earliest = eligible ? Optional.of(applicationDate)
                : DaySearch.first(applicationDate.plusDays(1), DaySearch.horizon(applicationDate),
                        day -> metOn(points, jSkip, status, years, day));
        List<Message> reasons = new ArrayList<>();
        if (applicationDate.isBefore(FIRST_DATE)) {
            reasons.add(Message.of("hsp2.notInForce", applicationDate, FIRST_DATE));
        }
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
            if (standard.isPresent() && standard.get() == HspOneStandard.J_SKIP) {
                reasons.add(Message.of("hsp2.standard.jSkip", applicationDate));
            }
        }
        if (eligible) {
            reasons.add(Message.of("pr.met", applicationDate));
        } else if (earliest.isPresent()) {
            reasons.add(Message.of("pr.earliest", applicationDate, earliest.get()));
        } else {
            reasons.add(Message.of("pr.never", applicationDate, DaySearch.horizon(applicationDate)));
        }
        return new HspTwoResult(applicationDate, eligible, earliest, years, atApplication, jSkipAtApplication,
                standard, reasons, REMINDERS);
    }

    /**
     * The way the standard of HSP(i) is met on a date, the points first: the J-Skip criteria count only
     * where the points fall short, and only from 2023-04-21, since no J-Skip line is in force before.
     */
    private static Optional<HspOneStandard> standardOn(PointsTimeline points, CaseJSkip jSkip, LocalDate date) {
        Optional<DatedPoints> on = points.on(date);
        if (on.isPresent() && on.get().assessment().eligible()) {
            return Optional.of(HspOneStandard.POINTS);
        }
        return jSkip.met(date) ? Optional.of(HspOneStandard.J_SKIP) : Optional.empty();
    }

    private static boolean metOn(PointsTimeline points, CaseJSkip jSkip, HspStatus status, int years, LocalDate date) {
        if (date.isBefore(FIRST_DATE) || !CompletedYears.reached(status.since(), years, date)) {
            return false;
        }
        return standardOn(points, jSkip, date).isPresent();
    }
}
