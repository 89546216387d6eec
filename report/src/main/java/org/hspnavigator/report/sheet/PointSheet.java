package org.hspnavigator.report.sheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.table.RuleSet;

/**
 * The content of a point calculation report (ポイント計算表) for one category: every item of the
 * sheet in force on the reference date, in the sheet's order, with the applicant's rows marked, the
 * points, the total and the verdict.
 *
 * @param referenceDate the date the points are computed for
 * @param ruleSet       the rule set in force on that date (docs/rules.md §10)
 * @param age           the applicant's age in completed years on that date
 * @param assessment    the engine's assessment of the category: total, pass mark, salary floor
 * @param sections      the items of the sheet, in its order
 */
public record PointSheet(LocalDate referenceDate, RuleSet ruleSet, int age, Assessment assessment,
        List<SheetSection> sections) {

    public PointSheet {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(assessment, "assessment");
        sections = List.copyOf(sections);
    }

    public Category category() {
        return assessment.category();
    }

    /** The total: the engine's, which the points of the sections add up to. */
    public int total() {
        return assessment.points();
    }
}
