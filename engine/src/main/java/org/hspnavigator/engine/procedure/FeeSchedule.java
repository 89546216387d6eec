package org.hspnavigator.engine.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.table.TableFormatException;
import org.hspnavigator.engine.table.TsvFile;
import org.hspnavigator.engine.table.TsvRow;
import org.hspnavigator.engine.table.Validity;

/**
 * The fees of the procedures by date (system.md §5), read strictly from {@code fees.tsv} and the
 * sources it cites from {@code sources.tsv}: unknown columns, unknown sources, rows ending before they
 * start and two rows of one procedure in force on the same day for the same channel are refused.
 */
public final class FeeSchedule {

    static final String FEES = "fees.tsv";
    static final String SOURCES = "sources.tsv";

    private final List<Fee> fees;

    private FeeSchedule(List<Fee> fees) {
        this.fees = List.copyOf(fees);
    }

    /** The schedule packaged with the engine. */
    public static FeeSchedule official() {
        return read(name -> FeeSchedule.class.getResourceAsStream(name));
    }

    /** Reads the two files from {@code files} (a name to a stream, null when absent). */
    static FeeSchedule read(Function<String, InputStream> files) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (TsvRow row : rows(files, SOURCES, List.of("id", "title", "url"))) {
            String url = row.text("url");
            if (!url.startsWith("https://")) {
                throw row.error("url", "must be an https address: \"" + url + "\"");
            }
            if (sources.put(row.text("id"), new Source(row.text("id"), row.text("title"), url)) != null) {
                throw row.error("id", "repeats source \"" + row.text("id") + "\"");
            }
        }
        List<Fee> fees = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (TsvRow row : rows(files, FEES,
                List.of("procedure", "channel", "fee_yen", "effective_from", "effective_to", "source"))) {
            Validity validity = new Validity(row.date("effective_from"), row.optionalDate("effective_to"));
            validity.to().ifPresent(to -> {
                if (to.isBefore(validity.from())) {
                    throw row.error("effective_to", to + " is before effective_from " + validity.from());
                }
            });
            List<Source> cited = new ArrayList<>();
            for (String id : row.text("source").split(",", -1)) {
                Source source = sources.get(id);
                if (source == null) {
                    throw row.error("source", "cites unknown source \"" + id + "\" (see " + SOURCES + ")");
                }
                cited.add(source);
            }
            Fee fee = new Fee(row.enumValue("procedure", Procedure.class), row.enumValue("channel", FeeChannel.class),
                    row.nonNegativeLong("fee_yen"), validity, cited);
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

    private static List<TsvRow> rows(Function<String, InputStream> files, String name, List<String> columns) {
        try (InputStream in = files.apply(name)) {
            if (in == null) {
                throw new TableFormatException(name + ": missing");
            }
            return TsvFile.read(name, in, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
