package org.hspnavigator.engine.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.points.Source;

/**
 * Named values of the rules by date, read strictly from a table file with the columns {@code name},
 * {@code value}, {@code effective_from}, {@code effective_to} and {@code source}: the numbers a rule
 * compares against or counts with (an income threshold in yen, an age, a period in months or days), one
 * row per name and period, citing official sources like the point tables. As with the point tables, a
 * change closes the old row the day before and adds a new one. The loader refuses unknown columns and
 * names, bad dates, a row ending before it starts, two rows of one name in force on the same day, and a
 * name without any row.
 *
 * @param <N> the names the file may use
 */
public final class DatedValues<N extends Enum<N> & DatedValues.Name> {

    /**
     * A name a file of dated values may use. Its id in the {@code name} column is the constant's name in
     * lower camel case: {@code PARENTS_HOUSEHOLD_INCOME_YEN} is {@code parentsHouseholdIncomeYen}.
     */
    public interface Name {

        /** The enum constant's name; enums implement it. */
        String name();

        default String id() {
            StringBuilder id = new StringBuilder();
            for (String word : name().split("_")) {
                String lower = word.toLowerCase(Locale.ROOT);
                id.append(id.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            }
            return id.toString();
        }
    }

    private static final List<String> COLUMNS = List.of("name", "value", "effective_from", "effective_to", "source");

    private final String fileName;
    private final Map<N, List<DatedValue>> rows;

    private DatedValues(String fileName, Map<N, List<DatedValue>> rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    /**
     * Reads {@code fileName} and the {@code sources.tsv} it cites from {@code source}; any defect is a
     * {@link TableFormatException} naming the file and line.
     */
    public static <N extends Enum<N> & Name> DatedValues<N> load(TableSource source, String fileName, Class<N> names) {
        Map<String, Source> sources = SourceCatalog.read(source);
        DatedTable<String> overlaps = new DatedTable<>();
        Map<N, List<DatedValue>> rows = new EnumMap<>(names);
        for (TsvRow row : TsvFile.read(source, fileName, COLUMNS)) {
            N name = byId(row, names);
            Validity validity = row.validity();
            List<Source> cited = SourceCatalog.cited(row, sources);
            long value = row.nonNegativeLong("value");
            overlaps.add(new DatedEntry<>(name.id(), value, validity, cited, row.where()));
            rows.computeIfAbsent(name, n -> new ArrayList<>()).add(new DatedValue(value, validity, cited));
        }
        for (N name : names.getEnumConstants()) {
            if (!rows.containsKey(name)) {
                throw new TableFormatException(fileName + ": no row for " + name.id());
            }
        }
        return new DatedValues<>(fileName, rows);
    }

    /** The row of the name in force on the date, if any. */
    private Optional<DatedValue> find(N name, LocalDate date) {
        for (DatedValue row : rows.get(name)) {
            if (row.validity().contains(date)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /**
     * The value of the name in force on the date.
     *
     * @throws IllegalArgumentException when no row of the name is in force on that date, naming both
     */
    public long on(N name, LocalDate date) {
        return find(name, date).orElseThrow(() -> new IllegalArgumentException(
                fileName + " has no " + name.id() + " in force on " + date)).value();
    }

    private static <N extends Enum<N> & Name> N byId(TsvRow row, Class<N> names) {
        String id = row.text("name");
        for (N name : names.getEnumConstants()) {
            if (name.id().equals(id)) {
                return name;
            }
        }
        throw row.error("name", "unknown value \"" + id + "\"");
    }
}
