package org.hspnavigator.engine.timeline;

import java.time.LocalDate;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.Assessment;

/**
 * The points of a case on one date, in the category the reading chose.
 *
 * @param date       the date
 * @param assessment the assessment of the chosen category on that date; it is shared by every date of the
 *                   same snapshot, age and rule set, so its item texts name the first such date asked for
 * @param ruleSet    the id of the rule set in force on that date
 */
public record DatedPoints(LocalDate date, Assessment assessment, String ruleSet) {

    public DatedPoints {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }

    public Category category() {
        return assessment.category();
    }

    public int points() {
        return assessment.points();
    }

    public boolean meetsSalaryFloor() {
        return assessment.meetsSalaryFloor();
    }
}
