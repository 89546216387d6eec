package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * Builds the checklist of a procedure (system.md §5). The points are proved in the category of the
 * HSP status held, or else the best category on the date (the eligible one with the most points;
 * with none eligible, the one with the most points, ties in the order of the categories). The
 * threshold is the pass mark, 70; for permanent residence it is 80 when the points reach 80 (the
 * 1-year route, system.md §1), else 70 (the 3-year route). Thread-safe and free of I/O.
 */
public final class Checklists {

    static final int PR_FAST_ROUTE_POINTS = 80;
    static final int PR_FAST_ROUTE_YEARS = 1;
    static final int PR_ROUTE_YEARS = 3;

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
        LocalDate date = request.date();
        ScoreResult result = engine.score(request.profile());
        List<Message> notes = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        Assessment assessment = category(request, result, notes);
        int threshold = assessment.passMark();
        LocalDate pointsStart = date;
        if (procedure == Procedure.PR) {
            boolean fast = assessment.points() >= PR_FAST_ROUTE_POINTS;
            threshold = fast ? PR_FAST_ROUTE_POINTS : assessment.passMark();
            pointsStart = date.minusYears(fast ? PR_FAST_ROUTE_YEARS : PR_ROUTE_YEARS);
            notes.add(Message.of(fast ? "checklist.note.prRoute80" : "checklist.note.prRoute70", pointsStart));
            notes.add(Message.of("checklist.note.prDocuments"));
        }
        boolean proves = assessment.eligible() && assessment.points() >= threshold;
        List<Item> items = assessment.scoringItems();
        List<EvidenceSelection.Candidate> candidates = new ArrayList<>();
        List<List<SheetEvidence>> evidenceOfItems = new ArrayList<>();
        for (Item item : items) {
            List<SheetEvidence> evidence = EvidenceCatalog.forItem(item, request.profile().research(), result.ruleSet(),
                    assessment.category());
            evidenceOfItems.add(evidence);
            candidates.add(new EvidenceSelection.Candidate(item.points(), evidence));
        }
        List<Integer> chosen = proves ? EvidenceSelection.choose(candidates, threshold).orElseThrow() : List.of();
        List<EvidenceItem> evidence = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            evidence.add(new EvidenceItem(items.get(i), evidenceOfItems.get(i), chosen.contains(i)));
        }
        if (proves) {
            notes.add(Message.of("checklist.note.enoughToProve", threshold, chosen.size(), items.size()));
        } else if (!assessment.meetsSalaryFloor()) {
            warnings.add(Message.of("checklist.warning.belowSalaryFloor", assessment.category().name()));
        } else {
            warnings.add(Message.of("checklist.warning.short", assessment.points(), threshold, assessment.category().name()));
        }
        notes.add(Message.of("checklist.note.zeroPoints"));
        notes.add(Message.of("checklist.note.certificatesWithin3Months"));
        notes.add(Message.of("checklist.note.feePaidWhenGranted"));
        notes.add(Message.of("checklist.note.processing." + procedure.id()));
        List<Document> documents = BaseDocuments.of(procedure, request.employerCategory().orElse(0), date, pointsStart);
        List<Deadline> deadlines = Deadlines.of(procedure, date, request.expiry(), warnings);
        return new Checklist(procedure, date, request.employerCategory(), assessment.category(), assessment.points(),
                threshold, proves, documents, evidence, fees.on(procedure, date), deadlines, notes, warnings);
    }

    private static Assessment category(ChecklistRequest request, ScoreResult result, List<Message> notes) {
        if (request.hspCategory().isPresent()) {
            notes.add(Message.of("checklist.note.categoryOfStatus", request.hspCategory().get().name()));
            return result.assessment(request.hspCategory().get()).orElseThrow();
        }
        Optional<Assessment> best = result.bestCategory().flatMap(result::assessment);
        if (best.isPresent()) {
            notes.add(Message.of("checklist.note.bestCategory", best.get().category().name()));
            return best.get();
        }
        // None eligible: show the nearest, the first category with the most points.
        Assessment nearest = result.assessments().stream()
                .max(Comparator.comparingInt(Assessment::points).thenComparing(a -> -a.category().ordinal()))
                .orElseThrow();
        notes.add(Message.of("checklist.note.nearestCategory", nearest.category().name()));
        return nearest;
    }
}
