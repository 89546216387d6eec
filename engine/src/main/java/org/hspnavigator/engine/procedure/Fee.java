package org.hspnavigator.engine.procedure;

import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.table.Validity;

/**
 * A fee row of {@code fees.tsv}: what a procedure costs through a channel while the row is in force.
 *
 * @param procedure the procedure
 * @param channel   the filing channel the amount applies to
 * @param yen       the fee, 0 where none is charged
 * @param validity  the days it is in force
 * @param sources   the official documents that give it
 */
public record Fee(Procedure procedure, FeeChannel channel, long yen, Validity validity, List<Source> sources) {

    public Fee {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(validity, "validity");
        sources = List.copyOf(sources);
        if (yen < 0) {
            throw new IllegalArgumentException("negative fee");
        }
    }
}
