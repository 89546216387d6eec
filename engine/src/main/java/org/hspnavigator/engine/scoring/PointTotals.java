package org.hspnavigator.engine.scoring;

import java.time.LocalDate;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;

/**
 * The points and verdict of each category assessed, without the items that explain them: what
 * {@link PointsEngine#totals} gives a batch. Categories come in the order of {@link Category}, one per
 * category asked for, indexed from 0.
 */
public final class PointTotals {

    private final LocalDate referenceDate;
    private final Category[] categories;
    private final int[] points;
    private final boolean[] eligible;

    /** Takes the arrays as they are: only the engine makes totals, and never changes them afterwards. */
    PointTotals(LocalDate referenceDate, Category[] categories, int[] points, boolean[] eligible) {
        this.referenceDate = referenceDate;
        this.categories = categories;
        this.points = points;
        this.eligible = eligible;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** How many categories were assessed. */
    public int size() {
        return categories.length;
    }

    public Category category(int index) {
        return categories[index];
    }

    public int points(int index) {
        return points[index];
    }

    /** Points at least the pass mark, and the salary floor met where the category has one. */
    public boolean eligible(int index) {
        return eligible[index];
    }

    /** The eligible category with the most points; ties go to the earlier one (spec/profile.md). */
    public Optional<Category> bestCategory() {
        int best = bestIndex();
        return best < 0 ? Optional.empty() : Optional.of(categories[best]);
    }

    /**
     * The index of {@link #bestCategory}, or -1 when no category is eligible: what a batch writes for
     * each of millions of rows, without an Optional to allocate for each.
     */
    public int bestIndex() {
        return best(points, eligible);
    }

    /**
     * The index of the best category among categories in the order of {@link Category}: eligible, with
     * the most points, the earlier of equals; -1 when none is eligible. {@link ScoreResult} asks it too,
     * so that the rule is written once.
     */
    static int best(int[] points, boolean[] eligible) {
        int best = -1;
        for (int i = 0; i < points.length; i++) {
            if (eligible[i] && (best < 0 || points[i] > points[best])) {
                best = i;
            }
        }
        return best;
    }
}
