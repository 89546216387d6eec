package org.hspnavigator.engine.table;

import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Source;

/**
 * A row of a point table in force in one rule set: how many points an option is worth in a
 * category, and the sources that say so.
 *
 * @param criterion the item the row belongs to
 * @param category  the category it scores in
 * @param option    the option as a short label, e.g. {@code DOCTORATE} or {@code 3 to <5 years}
 * @param points    the points awarded
 * @param sources   the official sources of the row
 */
public record PointRow(CriterionId criterion, Category category, String option, int points, List<Source> sources) {

    public PointRow {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(option, "option");
        sources = List.copyOf(sources);
    }
}
