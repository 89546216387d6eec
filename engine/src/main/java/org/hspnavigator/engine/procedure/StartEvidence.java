package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.jskip.JSkipVerdict;

/**
 * The points of a permanent-residence application as of the start of the route's period (1 or 3
 * years before, docs/rules.md §11), in the same category, with their evidence marked as for the
 * application date (on the J-Skip route, the evidence of the J-Skip criteria then).
 *
 * @param date     the start date (the application date minus 1 or 3 years)
 * @param points   the points on that date; 0 before the case's first snapshot
 * @param known    the case describes the applicant on that date
 * @param proves   the points then reach the threshold in an eligible category
 * @param evidence every item with points on that date, the smallest proving set marked (J-Skip route:
 *                 the items that prove the criteria then)
 * @param jSkip    the J-Skip criteria met on that date, when the checklist follows the J-Skip route
 */
public record StartEvidence(LocalDate date, int points, boolean known, boolean proves, List<EvidenceItem> evidence,
        Optional<JSkipVerdict> jSkip) {

    public StartEvidence {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(jSkip, "jSkip");
        evidence = List.copyOf(evidence);
    }

    public int markedPoints() {
        return evidence.stream().filter(EvidenceItem::marked).mapToInt(e -> e.item().points()).sum();
    }
}
