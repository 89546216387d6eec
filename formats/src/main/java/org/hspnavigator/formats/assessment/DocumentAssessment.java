package org.hspnavigator.formats.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;

/**
 * The assessments of every profile of a document ({@code hsp score}'s input, the body of
 * {@code POST /api/v1/assessments}): each profile's points in the categories asked for, with the
 * J-Skip verdict of each category, in document order.
 *
 * @param results the score of each profile
 * @param jSkip   the J-Skip verdict of each category assessed, for each profile
 * @param ids     the label ({@code id}) of each profile, when it has one
 * @param isArray whether the document was an array, so that the output is one too
 */
public record DocumentAssessment(List<ScoreResult> results, List<Map<Category, JSkipVerdict>> jSkip,
        List<Optional<String>> ids, boolean isArray) {

    public DocumentAssessment {
        results = List.copyOf(results);
        jSkip = List.copyOf(jSkip);
        ids = List.copyOf(ids);
    }

    /** Scores every profile of {@code document} in {@code categories}. */
    public static DocumentAssessment of(ProfileDocument document, Set<Category> categories, PointsEngine engine) {
        JSkipCriteria jSkipCriteria = JSkipCriteria.official();
        List<ScoreResult> results = new ArrayList<>();
        List<Map<Category, JSkipVerdict>> jSkip = new ArrayList<>();
        for (Profile profile : document.profiles()) {
            ProfileAssessment assessed = ProfileAssessment.of(profile, categories, engine, jSkipCriteria);
            results.add(assessed.result());
            jSkip.add(assessed.jSkip());
        }
        return new DocumentAssessment(results, jSkip, document.ids(), document.isArray());
    }
}
