package org.hspnavigator.report.summary;

import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.report.sheet.PointSheet;

/**
 * The content of an applicant summary: the three categories compared, the best one, the advisor's
 * changes towards the next goal with the points forecast, the permanent-residence dates of a case, and
 * the documents that prove the points of the best category.
 *
 * @param result             the engine's assessment of the three categories on the reference date
 * @param best               the category the summary is about, the best one unless another was asked for
 * @param advice             the advisor's changes and forecast for that category
 * @param permanentResidence the permanent-residence routes of a case with a residence in Japan; empty
 *                           for a profile, or a case of an applicant abroad
 * @param residence          the case's residence in Japan and HSP status the routes are computed from,
 *                           present with them
 * @param bestSheet          the point calculation sheet of that category, whose evidence is to be prepared
 */
public record ApplicantSummary(ScoreResult result, Category best, Advice advice,
        Optional<PermanentResidenceResult> permanentResidence, Optional<Residence> residence, PointSheet bestSheet) {

    public ApplicantSummary {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(permanentResidence, "permanentResidence");
        Objects.requireNonNull(residence, "residence");
        if (permanentResidence.isPresent() != residence.isPresent()) {
            throw new IllegalArgumentException("the routes come with the residence they are computed from");
        }
        Objects.requireNonNull(bestSheet, "bestSheet");
    }
}
