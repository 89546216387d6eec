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
     * The best category of the assessment (its JSON {@code bestCategory}), as
     * {@link PointTotals#bestEligibleCategory} finds it from the points and verdicts.
     */
    public Optional<Category> bestEligibleCategory() {
        return totals().bestEligibleCategory();
    }

    /** The points and verdict of each category, without the items. */
    public PointTotals totals() {
        Category[] categories = new Category[assessments.size()];
        int[] points = new int[categories.length];
        boolean[] eligible = new boolean[categories.length];
        for (int i = 0; i < categories.length; i++) {
            Assessment assessment = assessments.get(i);
            categories[i] = assessment.category();
            points[i] = assessment.points();
            eligible[i] = assessment.eligible();
        }
        return new PointTotals(referenceDate, categories, points, eligible);
    }

    /**
     * The category an applicant without an HSP status is taken to apply in (docs/rules.md §11, the
     * points on a date; also the advice's default): the most points among the categories whose salary
     * floor is met, ties going to the earlier category. The eligible category with the most points is
     * among them whenever there is one, so this agrees with {@link #bestEligibleCategory} then. Where no
     * category assessed meets its floor (academic research, which has none, was not asked for), the one
     * with the most points.
     */
    public Category defaultCategory() {
        Assessment best = null;
        for (Assessment assessment : assessments) {
            if (best == null || rank(assessment) > rank(best)) {
                best = assessment;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no category was assessed");
        }
        return best.category();
    }

    /** Orders by the floor met first, then by points. */
    private static long rank(Assessment assessment) {
        return (assessment.meetsSalaryFloor() ? 1_000_000L : 0L) + assessment.points();
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
