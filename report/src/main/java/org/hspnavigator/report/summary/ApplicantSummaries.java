package org.hspnavigator.report.summary;

import java.util.Optional;
import org.hspnavigator.engine.advice.Advisor;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.report.sheet.PointSheets;

/**
 * Builds {@link ApplicantSummary}s from the engine: the next goal is 70 points (the visa) for an
 * applicant below it and 80 points (permanent residence after one year, PR guideline revised
 * 2017-04-26; docs/rules.md §11) for one who has 70.
 */
public final class ApplicantSummaries {

    /** The pass mark of every category (HSP ordinance art. 1; docs/rules.md §1). */
    static final int VISA_POINTS = 70;
    /** The points of the one-year route to permanent residence (docs/rules.md §11). */
    static final int PERMANENT_RESIDENCE_POINTS = 80;

    private final PointsEngine engine;
    private final Advisor advisor;
    private final PermanentResidence permanentResidence;

    public ApplicantSummaries(PointsEngine engine, PermanentResidence permanentResidence) {
        this.engine = engine;
        this.advisor = new Advisor(engine);
        this.permanentResidence = permanentResidence;
    }

    public static ApplicantSummaries official() {
        return new ApplicantSummaries(PointsEngine.official(), PermanentResidence.official());
    }

    /**
     * The summary of {@code profile} (the case's profile on the date, for a case), about {@code chosen}
     * or else the engine's default category; {@code applicant} adds the permanent-residence routes when
     * it has a residence in Japan.
     */
    public ApplicantSummary of(Profile profile, Optional<ApplicantCase> applicant, Optional<Category> chosen) {
        ScoreResult result = engine.score(profile);
        Category category = chosen.orElseGet(result::defaultCategory);
        Assessment assessment = result.assessment(category).orElseThrow(
                () -> new IllegalArgumentException(category + " was not assessed"));
        int target = assessment.eligible() ? PERMANENT_RESIDENCE_POINTS : VISA_POINTS;
        Optional<ApplicantCase> resident = applicant.filter(known -> known.residence().continuousSince().isPresent());
        Optional<PermanentResidenceResult> routes = resident
                .map(known -> permanentResidence.assess(known, profile.referenceDate()));
        return new ApplicantSummary(result, category, advisor.advise(profile, category, target), routes,
                resident.map(ApplicantCase::residence), PointSheets.of(result, profile, category));
    }
}
