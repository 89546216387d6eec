package org.hspnavigator.engine.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;

/**
 * The points and verdict of each category assessed for one profile, without items or notes: what a
 * batch row holds. The points are the sums of the same items an assessment lists.
 */
public final class PointTotals {

    private final LocalDate referenceDate;
    private final Category[] categories;
    private final int[] points;
    private final boolean[] eligible;

    /** The arrays are kept, not copied: they are the engine's, made for this result (or shared and only read). */
    PointTotals(LocalDate referenceDate, Category[] categories, int[] points, boolean[] eligible) {
        this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
        this.categories = categories;
        this.points = points;
        this.eligible = eligible;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** How many categories were assessed. */
    public int count() {
        return categories.length;
    }

    /** The {@code i}th category assessed, in the order of {@link Category}. */
    public Category category(int i) {
        return categories[i];
    }

    public int points(int i) {
        return points[i];
    }

    public boolean eligible(int i) {
        return eligible[i];
    }

    /**
     * The eligible category with the most points; ties go to the earlier category in the order
     * academic research, specialized/technical, business management (docs/rules.md §18). Empty when
     * none is eligible.
     */
    public Optional<Category> bestEligibleCategory() {
        int best = bestEligible();
        return best < 0 ? Optional.empty() : Optional.of(categories[best]);
    }

    /**
     * The index of {@link #bestEligibleCategory}, -1 when none is eligible: what a batch row writes,
     * without an {@code Optional} per row.
     */
    public int bestEligible() {
        int best = -1;
        for (int i = 0; i < categories.length; i++) {
            if (eligible[i] && (best < 0 || points[i] > points[best])) {
                best = i;
            }
        }
        return best;
    }
}
