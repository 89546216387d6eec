package org.hspnavigator.engine.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One data line of a table file, with typed accessors that name the file, line and column on failure. */
public final class TsvRow {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String fileName;
    private final int lineNumber;
    private final List<String> columns;
    private final List<String> values;

    TsvRow(String fileName, int lineNumber, List<String> columns, List<String> values) {
        this.fileName = fileName;
        this.lineNumber = lineNumber;
        this.columns = columns;
        this.values = values;
    }

    public String where() {
        return fileName + ":" + lineNumber;
    }

    /** The raw value of a column; may be empty only where the caller allows it. */
    public String raw(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + fileName);
        }
        return values.get(index);
    }

    public String text(String column) {
        String value = raw(column);
        if (value.isEmpty()) {
            throw error(column, "is empty");
        }
        return value;
    }

    public long nonNegativeLong(String column) {
        String value = text(column);
        try {
            long parsed = Long.parseLong(value);
            if (parsed < 0) {
                throw error(column, "must not be negative: " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw error(column, "is not a whole number: \"" + value + "\"");
        }
    }

    int points(String column) {
        long value = nonNegativeLong(column);
        if (value > 100) {
            throw error(column, "points above 100 are not a point-table value: " + value);
        }
        return (int) value;
    }

    public LocalDate date(String column) {
        return parseDate(column, text(column));
    }

    public Optional<LocalDate> optionalDate(String column) {
        String value = raw(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(parseDate(column, value));
    }

    /**
     * The days the row is in force, from its {@code effective_from} through its {@code effective_to}
     * (empty: still in force); a row ending before it starts is refused.
     */
    public Validity validity() {
        LocalDate from = date("effective_from");
        Optional<LocalDate> to = optionalDate("effective_to");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw error("effective_to", to.get() + " is before effective_from " + from);
        }
        return new Validity(from, to);
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = text(column);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw error(column, "unknown value \"" + value + "\"");
    }

    public TableFormatException error(String column, String problem) {
        return new TableFormatException(where() + ": column " + column + " " + problem);
    }

    public TableFormatException error(String problem) {
        return new TableFormatException(where() + ": " + problem);
    }

    private LocalDate parseDate(String column, String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            throw error(column, "is not a date in the form YYYY-MM-DD: \"" + value + "\"");
        }
        // The form is checked above, so the numbers are read by hand: LocalDate.parse builds the JDK's date
        // parser at its first call, some 15 ms of CPU in the rule book's load at every start of a command.
        try {
            return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                    Integer.parseInt(value, 8, 10, 10));
        } catch (DateTimeException e) {
            throw error(column, "is not a real date: \"" + value + "\"");
        }
    }
}
