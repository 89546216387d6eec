package org.hspnavigator.engine.procedure;

import java.util.List;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * The evidence column of a point calculation sheet (疎明資料, docs/rules.md §16): for each item of an
 * assessment that scores, the lines of the sheet's evidence list that prove it, with the smallest set
 * that proves the pass mark marked when the points reach it. The same choice as the checklists of a
 * procedure other than permanent residence.
 */
public final class PointEvidence {

    private PointEvidence() {
    }

    /** The evidence of each scoring item of {@code assessment}, one of {@code result}, in the order of the items. */
    public static List<EvidenceItem> of(Assessment assessment, Profile profile, ScoreResult result) {
        return Checklists.evidence(assessment, profile, result, assessment.passMark(), assessment.eligible());
    }
}
