package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.table.SourceCatalog;
import org.hspnavigator.engine.table.TableSource;
import org.hspnavigator.engine.table.TsvFile;
import org.hspnavigator.engine.table.TsvRow;
import org.hspnavigator.engine.table.Validity;

/**
 * The fees of the procedures by date (docs/rules.md §15), read strictly from {@code fees.tsv} and the
 * sources it cites from {@code sources.tsv}: unknown columns, unknown sources, rows ending before they
 * start and two rows of one procedure in force on the same day for the same channel are refused.
 */
public final class FeeSchedule {

    static final String FEES = "fees.tsv";

    private final List<Fee> fees;

    private FeeSchedule(List<Fee> fees) {
        this.fees = List.copyOf(fees);
    }

    /** The schedule packaged with the engine. */
    public static FeeSchedule official() {
        return read(name -> Optional.ofNullable(FeeSchedule.class.getResourceAsStream(name)));
    }

    /** Reads fees.tsv and the sources.tsv it cites from {@code files}. */
    static FeeSchedule read(TableSource files) {
        Map<String, Source> sources = SourceCatalog.read(files);
        List<Fee> fees = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (TsvRow row : TsvFile.read(files, FEES,
                List.of("procedure", "channel", "fee_yen", "effective_from", "effective_to", "source"))) {
            Validity validity = row.validity();
            Fee fee = new Fee(row.enumValue("procedure", Procedure.class), row.enumValue("channel", FeeChannel.class),
                    row.nonNegativeLong("fee_yen"), validity, SourceCatalog.cited(row, sources));
            for (int i = 0; i < fees.size(); i++) {
                Fee other = fees.get(i);
                if (other.procedure() == fee.procedure() && other.channel().conflictsWith(fee.channel())
                        && other.validity().overlaps(fee.validity())) {
                    throw row.error("in force " + validity + " for " + fee.procedure() + " " + fee.channel()
                            + ", overlapping " + where.get(i) + "; close the old row the day before the new one starts");
                }
            }
            fees.add(fee);
            where.add(row.where());
        }
        return new FeeSchedule(fees);
    }

    /**
     * The fees of a procedure in force on a date, one per channel.
     *
     * @throws IllegalArgumentException when no fee is known for that date (before the first row)
     */
    public List<Fee> on(Procedure procedure, LocalDate date) {
        List<Fee> inForce = fees.stream()
                .filter(fee -> fee.procedure() == procedure && fee.validity().contains(date))
                .toList();
        if (inForce.isEmpty()) {
            throw new IllegalArgumentException("no fee of " + procedure + " is known for " + date);
        }
        return inForce;
    }
}
