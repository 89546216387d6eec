package org.hspnavigator.report.sheet;

import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.AgeBand;

/**
 * One option of an item of the point calculation sheet, as the rule set in force prints it.
 *
 * @param option    the engine's option of the row, e.g. {@code MASTER} or {@code 5 to under 7 years}
 * @param ageBand   the age column of a salary row, empty for every other item
 * @param points    the points of the option
 * @param applicant whether the applicant's item is this row
 */
public record SheetLine(String option, Optional<AgeBand> ageBand, int points, boolean applicant) {

    public SheetLine {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(ageBand, "ageBand");
    }
}
