package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.procedure.EvidenceItem;
import org.hspnavigator.engine.procedure.PointEvidence;
import org.hspnavigator.engine.procedure.SheetEvidence;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * The evidence to prepare (疎明資料, docs/rules.md §16) for the points of one category, per item that
 * scores, with the lines of the ISA point calculation sheet's evidence list: the same choice as the
 * point sheet of {@code hsp report} and the checklists, the smallest set that proves the pass mark
 * marked. Each line has a box to tick, which a small script keeps in the browser (nothing is sent);
 * without the script the list is complete and the boxes simply are not kept.
 *
 * @param category the category ({@code SPECIALIZED_TECHNICAL})
 * @param proves   whether the points reach the pass mark, so that the marked set proves it
 * @param items    one per item that scores, in the order of the items
 */
record EvidenceView(String category, boolean proves, List<ItemEvidence> items) {

    /**
     * One item.
     *
     * @param criterion    the criterion's id, the key of its translation
     * @param japaneseTerm its official Japanese term
     * @param points       its points
     * @param marked       part of the smallest set that proves the pass mark
     * @param lines        the evidence lines; empty when the passport shows it (age)
     */
    record ItemEvidence(String criterion, String japaneseTerm, int points, boolean marked, List<Line> lines) {
    }

    /**
     * A line of the sheet's evidence list.
     *
     * @param id    the box's id, unique on the page and the key it is kept under in the browser
     * @param label its number on the sheet (③)
     * @param text  what to prepare, in words
     */
    record Line(String id, String label, String text) {
    }

    static EvidenceView of(Assessment assessment, Profile profile, ScoreResult result, EngineTexts texts) {
        List<ItemEvidence> items = new ArrayList<>();
        for (EvidenceItem item : PointEvidence.of(assessment, profile, result)) {
            String criterion = item.item().criterion().id();
            List<Line> lines = new ArrayList<>();
            for (SheetEvidence evidence : item.evidence()) {
                lines.add(new Line("evidence-" + criterion + "-" + evidence.number(), evidence.label(),
                        texts.checklist(evidence.key())));
            }
            items.add(new ItemEvidence(criterion, item.item().criterion().japaneseTerm(), item.item().points(),
                    item.marked(), List.copyOf(lines)));
        }
        return new EvidenceView(assessment.category().name(), assessment.eligible(), List.copyOf(items));
    }
}
