package org.hspnavigator.engine.table;

import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.AgeBand;

/**
 * One row of the official point calculation sheet (ポイント計算表) as a rule set holds it: the points
 * of one option of one criterion in one category, with its sources; salary rows also name the age
 * band they belong to, since the salary table of two categories depends on age.
 */
public record SheetRow(PointRow row, Optional<AgeBand> ageBand) {

    public SheetRow {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(ageBand, "ageBand");
    }
}
