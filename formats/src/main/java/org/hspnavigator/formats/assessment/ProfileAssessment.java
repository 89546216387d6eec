package org.hspnavigator.formats.assessment;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * The assessment of one profile: its points in the categories asked for, and the J-Skip verdict of
 * each of those categories (docs/rules.md §13).
 *
 * @param result the score
 * @param jSkip  the J-Skip verdict of each category assessed, in the categories' order
 */
public record ProfileAssessment(ScoreResult result, Map<Category, JSkipVerdict> jSkip) {

    /** Scores {@code profile} in {@code categories}. */
    public static ProfileAssessment of(Profile profile, Set<Category> categories, PointsEngine engine,
            JSkipCriteria jSkipCriteria) {
        Map<Category, JSkipVerdict> verdicts = new EnumMap<>(Category.class);
        for (Category assessed : categories) {
            verdicts.put(assessed, jSkipCriteria.assess(profile, assessed));
        }
        return new ProfileAssessment(engine.score(profile, categories), verdicts);
    }
}
