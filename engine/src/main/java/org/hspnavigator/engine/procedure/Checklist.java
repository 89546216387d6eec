package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.permanent.Route;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;

/**
 * What an application needs on a date: documents, the evidence for the points (the smallest set that
 * proves the threshold marked), the fee in force, the deadlines and duties.
 *
 * @param procedure        the procedure
 * @param date             the day the application is filed (the fee in force then applies)
 * @param employerCategory 1–4; empty for permanent residence, whose documents do not depend on it
 * @param category         the HSP category the points are proved in
 * @param points           the points in that category on the date
 * @param threshold        the points to prove: 70, or 80 for permanent residence on the 80-point route; 0
 *                         on the J-Skip route, which proves the J-Skip criteria instead of points
 * @param proves           the points reach the threshold and the category is eligible (J-Skip route: the
 *                         criteria are met); only then are items marked
 * @param route            permanent residence: the route followed; empty for the other procedures
 * @param jSkip            the J-Skip criteria met on the date, when the checklist follows the J-Skip route
 * @param documents        the documents besides the point evidence
 * @param evidence         every item with points, in the order of the point sheet
 * @param atStart          permanent residence: the points and evidence at the start of the route's
 *                         period, when the request gives the applicant's history
 * @param fees             the fee of each filing channel in force on the date
 * @param deadlines        deadlines and duties
 * @param notes            explanations (why this category and threshold, what needs no evidence, ...)
 * @param warnings         problems with the application as described (not eligible, filed too early or late)
 */
public record Checklist(Procedure procedure, LocalDate date, OptionalInt employerCategory, Category category,
        int points, int threshold, boolean proves, Optional<Route> route, Optional<JSkipVerdict> jSkip,
        List<Document> documents, List<EvidenceItem> evidence,
        Optional<StartEvidence> atStart, List<Fee> fees, List<Deadline> deadlines, List<Message> notes, List<Message> warnings) {

    public Checklist {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(employerCategory, "employerCategory");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(jSkip, "jSkip");
        documents = List.copyOf(documents);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(atStart, "atStart");
        fees = List.copyOf(fees);
        deadlines = List.copyOf(deadlines);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public List<EvidenceItem> marked() {
        return evidence.stream().filter(EvidenceItem::marked).toList();
    }

    public int markedPoints() {
        return marked().stream().mapToInt(e -> e.item().points()).sum();
    }
}
