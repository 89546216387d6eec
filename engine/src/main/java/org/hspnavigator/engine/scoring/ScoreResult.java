package org.hspnavigator.engine.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.table.RuleSet;

/**
 * The assessment of one profile on its reference date, category by category.
 *
 * @param referenceDate the date the points are computed for
 * @param ruleSet       the rule set in force on that date
 * @param age           the applicant's age in completed years on that date
 * @param assessments   one per category asked for, in the order of {@link Category}
 */
public record ScoreResult(LocalDate referenceDate, RuleSet ruleSet, int age, List<Assessment> assessments) {

    public ScoreResult {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(ruleSet, "ruleSet");
        assessments = List.copyOf(assessments);
    }

    /**
     * The eligible category with the most points; ties go to the earlier category in the order
     * academic research, specialized/technical, business management (spec/profile.md).
     */
    public Optional<Category> bestCategory() {
        int size = assessments.size();
        int[] points = new int[size];
        boolean[] eligible = new boolean[size];
        for (int i = 0; i < size; i++) {
            points[i] = assessments.get(i).points();
            eligible[i] = assessments.get(i).eligible();
        }
        int best = PointTotals.best(points, eligible);
        return best < 0 ? Optional.empty() : Optional.of(assessments.get(best).category());
    }

    public Optional<Assessment> assessment(Category category) {
        for (Assessment assessment : assessments) {
            if (assessment.category() == category) {
                return Optional.of(assessment);
            }
        }
        return Optional.empty();
    }
}
