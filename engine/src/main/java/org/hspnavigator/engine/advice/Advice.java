package org.hspnavigator.engine.advice;

import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * What the advisor says about one applicant: where they stand, the smallest sets of changes that
 * reach the target, how the other categories compare, and how the points move with time.
 *
 * @param target      the points aimed at (70 for the visa, 80 for the one-year permanent-residence route)
 * @param category    the category advised on
 * @param now         the scores of all categories on the reference date
 * @param suggestions the minimal change sets, best first (empty when the target is already reached
 *                    or no set of at most {@code maxChanges} changes reaches it)
 * @param maxChanges  the largest number of changes a suggestion may combine
 * @param forecast    the category's points over the coming years
 */
public record Advice(int target, Category category, ScoreResult now, List<Suggestion> suggestions, int maxChanges,
        Forecast forecast) {

    public Advice {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(now, "now");
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(forecast, "forecast");
    }

    /** The assessment of the category advised on. */
    public Assessment current() {
        return now.assessment(category).orElseThrow();
    }

    /** Whether the category already reaches the target (points and, where it has one, the salary floor). */
    public boolean reached() {
        return CategoryScorer.reaches(current(), target);
    }
}
