package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.permanent.Route;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * Builds the checklist of a procedure (docs/rules.md §15). The points are proved in the category of the
 * HSP status held, or else the best category on the date (the eligible one with the most points;
 * with none eligible, the one with the most points, ties in the order of the categories). The
 * threshold is the pass mark, 70; for permanent residence it is that of the points route met on the
 * date when the request names one (80 before 70, docs/rules.md §11), else 80 when the points reach 80 (the
 * 1-year route) and 70 otherwise (the 3-year route). When the route met is the J-Skip route (no points
 * route being met), the checklist proves the J-Skip criteria that route found met, in their category,
 * instead of points (docs/rules.md §13): the degree or the career, and the salary, now and at the start
 * of the route's period ({@link JSkipRouteChecklist}). Thread-safe and free of I/O.
 */
public final class Checklists {

    private static final int PR_FAST_ROUTE_POINTS = Route.POINTS_80.threshold().getAsInt();
    private static final int PR_FAST_ROUTE_YEARS = Route.POINTS_80.years();
    private static final int PR_ROUTE_YEARS = Route.POINTS_70.years();

    private final PointsEngine engine;
    private final FeeSchedule fees;

    public Checklists(PointsEngine engine, FeeSchedule fees) {
        this.engine = engine;
        this.fees = fees;
    }

    public static Checklists official() {
        return new Checklists(PointsEngine.official(), FeeSchedule.official());
    }

    public Checklist build(ChecklistRequest request) {
        Procedure procedure = request.procedure();
        Optional<RouteResult> metRoute = request.metRoute();
        if (procedure == Procedure.PR && metRoute.isPresent() && metRoute.get().route() == Route.J_SKIP) {
            return new JSkipRouteChecklist(engine, fees).build(request, metRoute.get());
        }
        LocalDate date = request.date();
        ScoreResult result = engine.score(request.profile());
        List<Message> notes = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        Assessment assessment = category(request, result, notes);
        int threshold = assessment.passMark();
        LocalDate pointsStart = date;
        Optional<Route> route = Optional.empty();
        if (procedure == Procedure.PR) {
            boolean fast = metRoute.isPresent()
                    ? metRoute.get().route() == Route.POINTS_80
                    : assessment.points() >= PR_FAST_ROUTE_POINTS;
            route = Optional.of(fast ? Route.POINTS_80 : Route.POINTS_70);
            threshold = fast ? PR_FAST_ROUTE_POINTS : assessment.passMark();
            pointsStart = date.minusYears(fast ? PR_FAST_ROUTE_YEARS : PR_ROUTE_YEARS);
            // PR is granted only on a route met on the filing date; the list still shows what to prove.
            if (metRoute.isPresent()) {
                notes.add(Message.of("checklist.note.prRouteMet"));
            } else {
                warnings.add(Message.of("checklist.warning.prNoRouteMet"));
            }
            notes.add(Message.of(fast ? "checklist.note.prRoute80" : "checklist.note.prRoute70", pointsStart));
            notes.add(Message.of("checklist.note.prDocuments"));
        }
        boolean proves = assessment.eligible() && assessment.points() >= threshold;
        List<EvidenceItem> evidence = evidence(assessment, request.profile(), result, threshold, proves);
        Optional<StartEvidence> atStart = Optional.empty();
        if (procedure == Procedure.PR && proves) {
            atStart = atStart(request, assessment.category(), pointsStart, threshold, warnings);
        }
        if (proves) {
            notes.add(Message.of("checklist.note.enoughToProve", threshold,
                    evidence.stream().filter(EvidenceItem::marked).count(), evidence.size()));
        } else if (!assessment.meetsSalaryFloor()) {
            warnings.add(Message.of("checklist.warning.belowSalaryFloor", assessment.category()));
        } else {
            warnings.add(Message.of("checklist.warning.short", assessment.points(), threshold, assessment.category()));
        }
        notes.add(Message.of("checklist.note.zeroPoints"));
        addCommonNotes(procedure, notes);
        List<Document> documents = BaseDocuments.of(procedure, request.employerCategory().orElse(0), date, pointsStart);
        List<Deadline> deadlines = Deadlines.of(procedure, date, request.expiry(), warnings);
        return new Checklist(procedure, date, request.employerCategory(), assessment.category(), assessment.points(),
                threshold, proves, route, Optional.empty(), documents, evidence, atStart, fees.on(procedure, date),
                deadlines, notes, warnings);
    }

    /** The notes every checklist ends with: certificates, fee, processing time. */
    static void addCommonNotes(Procedure procedure, List<Message> notes) {
        notes.add(Message.of("checklist.note.certificatesWithin3Months"));
        notes.add(Message.of("checklist.note.feePaidWhenGranted"));
        notes.add(Message.of("checklist.note.processing." + procedure.id()));
    }

    /** Every item with points, the smallest set that proves the threshold marked when the points do. */
    static List<EvidenceItem> evidence(Assessment assessment, Profile profile, ScoreResult result,
            int threshold, boolean proves) {
        List<Item> items = assessment.scoringItems();
        List<EvidenceSelection.Candidate> candidates = new ArrayList<>();
        List<List<SheetEvidence>> evidenceOfItems = new ArrayList<>();
        for (Item item : items) {
            List<SheetEvidence> lines = EvidenceCatalog.forItem(item, profile.research(), result.ruleSet(),
                    assessment.category());
            evidenceOfItems.add(lines);
            candidates.add(new EvidenceSelection.Candidate(item.points(), lines));
        }
        List<Integer> chosen = proves ? EvidenceSelection.choose(candidates, threshold).orElseThrow() : List.of();
        List<EvidenceItem> evidence = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            evidence.add(new EvidenceItem(items.get(i), evidenceOfItems.get(i), chosen.contains(i)));
        }
        return evidence;
    }

    /**
     * The points at the start of a PR route's period in the same category. Falling short there is a
     * warning, not a refusal: the route is also met by holding the HSP status for the period with
     * recognized points at the threshold (docs/rules.md §11), which {@code hsp pr} checks.
     */
    private Optional<StartEvidence> atStart(ChecklistRequest request, Category category, LocalDate start,
            int threshold, List<Message> warnings) {
        Optional<Profile> earlier = request.earlier().apply(start);
        if (earlier.isEmpty()) {
            warnings.add(Message.of("checklist.warning.startUnknown", start));
            return Optional.of(new StartEvidence(start, 0, false, false, List.of(), Optional.empty()));
        }
        ScoreResult result = engine.score(earlier.get());
        Assessment assessment = result.assessment(category).orElseThrow();
        boolean proves = assessment.eligible() && assessment.points() >= threshold;
        if (!proves) {
            warnings.add(Message.of("checklist.warning.startShort", start, assessment.points(), threshold));
        }
        return Optional.of(new StartEvidence(start, assessment.points(), true, proves,
                evidence(assessment, earlier.get(), result, threshold, proves), Optional.empty()));
    }

    private static Assessment category(ChecklistRequest request, ScoreResult result, List<Message> notes) {
        if (request.hspCategory().isPresent()) {
            notes.add(Message.of("checklist.note.categoryOfStatus", request.hspCategory().get()));
            return result.assessment(request.hspCategory().get()).orElseThrow();
        }
        Optional<Assessment> best = result.bestEligibleCategory().flatMap(result::assessment);
        if (best.isPresent()) {
            notes.add(Message.of("checklist.note.bestCategory", best.get().category()));
            return best.get();
        }
        // None eligible: show the nearest, the first category with the most points.
        Assessment nearest = result.assessments().stream()
                .max(Comparator.comparingInt(Assessment::points).thenComparing(a -> -a.category().ordinal()))
                .orElseThrow();
        notes.add(Message.of("checklist.note.nearestCategory", nearest.category()));
        return nearest;
    }
}
