package org.hspnavigator.web.applicant;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.DocumentAssessment;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.text.Explanations;
import org.springframework.stereotype.Component;

/**
 * Makes and stores the assessment of a profile: the JSON of {@code hsp score --json}, field for field,
 * with the rule set it was made under, its date and the version of HSP Navigator, so that the history
 * shows what was known when, whatever the rules or the program became since.
 */
@Component
public class Assessments {

    private final ApplicantRepository repository;
    private final PointsEngine engine = PointsEngine.official();
    private final AssessmentJson writer = new AssessmentJson(Explanations.english());

    public Assessments(ApplicantRepository repository) {
        this.repository = repository;
    }

    /** Assesses {@code profile} (as of its reference date) and stores it; returns the stored assessment. */
    public ApplicantRepository.StoredAssessment assessAndStore(String applicantId, Profile profile, String userId) {
        DocumentAssessment assessed = DocumentAssessment.of(new ProfileDocument(List.of(profile), false),
                EnumSet.allOf(Category.class), engine);
        ScoreResult result = assessed.results().get(0);
        LocalDate on = profile.referenceDate();
        // The best category as the assessment JSON states it (the contract's bestCategory, null when none).
        Optional<String> best = result.bestEligibleCategory().map(Category::name);
        return repository.addAssessment(applicantId, on, result.ruleSet().id(), EngineVersion.VERSION, best,
                writer.text(assessed), userId);
    }
}
