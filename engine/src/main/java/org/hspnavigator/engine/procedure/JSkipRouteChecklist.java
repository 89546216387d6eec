package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.permanent.Route;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * The permanent-residence checklist on the J-Skip route (docs/rules.md §11, §13, §16), when that is the
 * route {@code hsp pr}'s assessment found met: its verdicts on the date and at the start of the period
 * decide the category and the evidence, not a new check. The J-Skip criteria are proved instead of
 * points: the degree or the career of the line met, and the salary. The criteria at the start need no
 * evidence when they were not met then: the route is then met by the J-Skip status held for the period.
 */
final class JSkipRouteChecklist {

    private final PointsEngine engine;
    private final FeeSchedule fees;

    JSkipRouteChecklist(PointsEngine engine, FeeSchedule fees) {
        this.engine = engine;
        this.fees = fees;
    }

    /** The checklist of a request whose route met, {@code route}, is the J-Skip route. */
    Checklist build(ChecklistRequest request, RouteResult route) {
        LocalDate date = request.date();
        JSkipVerdict verdict = route.jSkipAtApplication().filter(JSkipVerdict::met)
                .orElseThrow(() -> new IllegalArgumentException("the J-Skip route is met without its criteria"));
        Category category = verdict.category().orElseThrow();
        ScoreResult result = engine.score(request.profile());
        Assessment assessment = result.assessment(category).orElseThrow();
        List<Message> notes = new ArrayList<>();
        notes.add(request.hspCategory().isPresent() ? Message.of("checklist.note.jSkipCategoryOfStatus", category)
                : Message.of("checklist.note.jSkipCategory", category));
        LocalDate start = route.startDate();
        notes.add(Message.of("checklist.note.prRouteJSkip", start));
        notes.add(Message.of("checklist.note.prDocuments"));
        Optional<StartEvidence> atStart = route.jSkipAtStart().filter(JSkipVerdict::met)
                .flatMap(then -> request.earlier().apply(start).map(earlier -> jSkipAtStart(earlier, then)));
        if (atStart.isEmpty()) {
            notes.add(Message.of("checklist.note.jSkipStartByStatus", start));
        }
        Checklists.addCommonNotes(Procedure.PR, notes);
        List<Message> warnings = new ArrayList<>();
        List<Deadline> deadlines = Deadlines.of(Procedure.PR, date, request.expiry(), warnings);
        return new Checklist(Procedure.PR, date, request.employerCategory(), category, assessment.points(), 0, true,
                Optional.of(Route.J_SKIP), Optional.of(verdict), BaseDocuments.jSkipPermanentResidence(date, start),
                jSkipEvidence(assessment, request.profile(), result, verdict), atStart, fees.on(Procedure.PR, date),
                deadlines, notes, warnings);
    }

    private StartEvidence jSkipAtStart(Profile earlier, JSkipVerdict then) {
        ScoreResult result = engine.score(earlier);
        Assessment assessment = result.assessment(then.category().orElseThrow()).orElseThrow();
        return new StartEvidence(earlier.referenceDate(), assessment.points(), true, true,
                jSkipEvidence(assessment, earlier, result, then), Optional.of(then));
    }

    /** Every item with points, those whose evidence proves the J-Skip criteria marked. */
    private static List<EvidenceItem> jSkipEvidence(Assessment assessment, Profile profile, ScoreResult result,
            JSkipVerdict verdict) {
        Set<CriterionId> proving = EvidenceCatalog.provingJSkip(verdict);
        List<EvidenceItem> evidence = new ArrayList<>();
        for (Item item : assessment.scoringItems()) {
            evidence.add(new EvidenceItem(item, EvidenceCatalog.forItem(item, profile.research(), result.ruleSet(),
                    assessment.category()), proving.contains(item.criterion())));
        }
        return evidence;
    }
}
