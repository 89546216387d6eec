package org.hspnavigator.engine.table;

import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Source;

/**
 * One row of a file of dated values: the value, the days it is in force and the official sources that
 * give it.
 *
 * @param value    the number (yen, years, months or days, as the value's name says)
 * @param validity the days the value is in force
 * @param sources  the official sources of the row
 */
record DatedValue(long value, Validity validity, List<Source> sources) {

    public DatedValue {
        Objects.requireNonNull(validity, "validity");
        sources = List.copyOf(sources);
    }
}
