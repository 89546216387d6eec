package org.hspnavigator.web.selfassessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * The case (docs/rules.md §18) the results page checks permanent residence and the family preferences
 * on, made of the self-assessment's one profile: the case file
 * <pre>{"snapshots": [PROFILE], "residence": {"continuousSince": REFERENCE_DATE,
 *   "hsp": {"since": REFERENCE_DATE, "category": BEST, "recognizedPoints": POINTS}}}</pre>
 * that {@code hsp pr} reads. It answers "if the status were granted on the reference date with these
 * points, and nothing changed but the age and the rules, when would each route open?". Without an
 * eligible category the case holds no status, and no points route opens. The form asks no household,
 * so the case has none (no spouse income, no children).
 */
final class SelfAssessmentCase {

    private SelfAssessmentCase() {
    }

    static ApplicantCase of(Profile profile, ScoreResult result) {
        Optional<HspStatus> status = result.bestEligibleCategory().flatMap(result::assessment)
                .map(best -> status(profile, best));
        return new ApplicantCase(List.of(profile), new Residence(profile.referenceDate(), status), Household.NONE,
                OptionalInt.empty());
    }

    private static HspStatus status(Profile profile, Assessment best) {
        return new HspStatus(profile.referenceDate(), best.category(), best.points(), false);
    }
}
