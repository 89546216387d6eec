package org.hspnavigator.engine.table;

import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Source;

/**
 * One line of the J-Skip criteria of a category (docs/rules.md §13): a basis and a salary, both needed.
 *
 * @param minExperienceYears completed years of the category's experience needed; 0 for a degree line
 * @param minSalaryYen       the annual salary needed
 * @param validity           the days the line is in force
 */
public record JSkipLine(Category category, JSkipBasis basis, int minExperienceYears, long minSalaryYen,
        Validity validity, List<Source> sources) {

    public JSkipLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(validity, "validity");
        sources = List.copyOf(sources);
    }
}
