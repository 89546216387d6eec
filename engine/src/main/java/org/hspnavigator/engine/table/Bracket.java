package org.hspnavigator.engine.table;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;

/**
 * A bracketed column of a point table: each row applies from its lower bound (inclusive) up to the
 * next row's lower bound (exclusive), "A or more, less than B" (以上・未満). The first bound is 0, so
 * every non-negative value falls in exactly one row.
 */
final class Bracket {

    /** How the bounds of a bracket read in an option label. */
    record Unit(String singular, String plural, boolean yen) {

        static final Unit YEARS = new Unit("year", "years", false);
        static final Unit TESTS = new Unit("test", "tests", false);
        static final Unit QUALIFICATIONS = new Unit("qualification", "qualifications", false);
        static final Unit YEN = new Unit("", "", true);

        String amount(long value) {
            return yen ? "¥" + withThousandsSeparators(value) : Long.toString(value);
        }

        /** 8000000 → 8,000,000; by hand, because String.format loads locale data at every start-up. */
        static String withThousandsSeparators(long value) {
            String digits = Long.toString(value);
            StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    grouped.append(',');
                }
                grouped.append(digits.charAt(i));
            }
            return grouped.toString();
        }

        String suffix(long value) {
            if (yen) {
                return "";
            }
            return " " + (value == 1 ? singular : plural);
        }
    }

    private final long[] lowerBounds;
    /** The rows as the Optionals that lookups return, made once. */
    private final Optional<PointRow>[] rows;

    private Bracket(long[] lowerBounds, Optional<PointRow>[] rows) {
        this.lowerBounds = lowerBounds;
        this.rows = rows;
    }

    /** The row whose range holds the value (always present: the first bound is 0). */
    Optional<PointRow> at(long value) {
        for (int i = lowerBounds.length - 1; i > 0; i--) {
            if (value >= lowerBounds[i]) {
                return rows[i];
            }
        }
        return rows[0];
    }

    /** The rows, from the lowest bound up. */
    List<PointRow> rows() {
        return Arrays.stream(rows).map(Optional::orElseThrow).toList();
    }

    /** The lower bounds of the rows, ascending; the first is 0. */
    List<Long> lowerBounds() {
        return Arrays.stream(lowerBounds).boxed().toList();
    }

    static Bracket of(String where, CriterionId criterion, Category category, SortedMap<Long, DatedEntry<?>> byBound,
            Unit unit) {
        if (byBound.isEmpty() || byBound.firstKey() != 0L) {
            throw new TableFormatException(where + ": " + criterion.id() + " in " + category
                    + " has no row starting at 0, so low values would have no points row");
        }
        List<Map.Entry<Long, DatedEntry<?>>> entries = List.copyOf(byBound.entrySet());
        long[] bounds = new long[entries.size()];
        Optional<PointRow>[] rows = RuleSet.noRows(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            long low = entries.get(i).getKey();
            Long next = i + 1 < entries.size() ? entries.get(i + 1).getKey() : null;
            DatedEntry<?> entry = entries.get(i).getValue();
            bounds[i] = low;
            rows[i] = Optional.of(new PointRow(criterion, category, label(low, next, unit), (int) entry.value(),
                    entry.sources()));
        }
        return new Bracket(bounds, rows);
    }

    private static String label(long low, Long next, Unit unit) {
        if (next == null) {
            return low == 0 ? "any" : unit.amount(low) + " or more" + unit.suffix(2);
        }
        if (next == low + 1) {
            return unit.amount(low) + unit.suffix(low);
        }
        if (low == 0) {
            return "under " + unit.amount(next) + unit.suffix(2);
        }
        return unit.amount(low) + " to under " + unit.amount(next) + unit.suffix(2);
    }
}
