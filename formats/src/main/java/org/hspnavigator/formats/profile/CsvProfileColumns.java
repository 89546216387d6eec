package org.hspnavigator.formats.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;

/**
 * The columns of a CSV file of profiles: the {@link ProfileField}s by their CSV columns, the flattened
 * JSON paths ({@code careerYears.specializedTechnical}, list elements by index: {@code degrees.0.level}),
 * plus an optional {@code id} passed through (docs/rules.md §18). A row is read by the same
 * {@link ProfileReader} as a JSON profile, so its checks, limits and wording are those of
 * {@code hsp score}; only the place a problem is named by changes, from the JSON path to the column
 * ({@code degrees[0].level} → {@code degrees.0.level}).
 */
public final class CsvProfileColumns {

    /**
     * The column of the applicant's label, {@link ProfileField#ID}: passed through to the output as
     * written, not read as a profile field.
     */
    public static final String ID = ProfileField.ID.csvColumn();

    private static final ProfileGroup LIST = ProfileGroup.DEGREES;
    private static final Pattern LIST_COLUMN = Pattern.compile(LIST.fieldName() + "\\.(0|[1-9][0-9]{0,8})\\.([^.]+)");
    private static final Pattern INDEX = Pattern.compile("\\.(\\d{1,9})\\.");
    private static final int NO_COLUMN = -1;
    /** How many fields the table has: the fields of list element i are found from i times this on. */
    private static final int FIELDS = ProfileField.values().length;

    private final int size;
    private final OptionalInt idColumn;
    /**
     * The column of each field at its ordinal, and of each field of list element i (below the list's
     * limit) at i × {@link #FIELDS} + its ordinal; {@link #NO_COLUMN} where the header has none.
     */
    private final int[] columns;
    /** The columns of each group outside the list, by the group's ordinal: whether any is filled. */
    private final int[][] groupColumns;
    /** The list indexes the header has columns for, highest first, and their columns: the list's length. */
    private final int[] elements;
    private final int[][] elementColumns;

    private CsvProfileColumns(int size, OptionalInt idColumn, int[] columns, TreeMap<Integer, List<Integer>> elements) {
        this.size = size;
        this.idColumn = idColumn;
        this.columns = columns;
        this.groupColumns = new int[ProfileGroup.values().length][];
        for (ProfileGroup group : ProfileGroup.values()) {
            groupColumns[group.ordinal()] = group.isList() || group == ProfileGroup.PROFILE ? new int[0]
                    : group.fields().stream().mapToInt(field -> columns[field.ordinal()]).filter(c -> c != NO_COLUMN)
                            .toArray();
        }
        this.elements = elements.descendingKeySet().stream().mapToInt(Integer::intValue).toArray();
        this.elementColumns = elements.descendingMap().values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /**
     * The columns of a header row. Every unknown, duplicate or unnamed column is reported at once, with
     * the known column its name is closest to, before any row is read.
     */
    public static CsvProfileColumns of(List<String> header) throws InvalidInputException {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] columns = new int[FIELDS * ProfileGroup.DEGREES.maxElements()];
        Arrays.fill(columns, NO_COLUMN);
        TreeMap<Integer, List<Integer>> elements = new TreeMap<>();
        OptionalInt id = OptionalInt.empty();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            Integer earlier = seen.putIfAbsent(name, column);
            if (name.isEmpty()) {
                violations.add(new Violation("", Problem.of("column.unnamed", column + 1)));
            } else if (earlier != null) {
                violations.add(new Violation(name, Problem.of("column.twice", earlier + 1, column + 1)));
            } else if (name.equals(ID)) {
                id = OptionalInt.of(column);
            } else if (!place(name, column, columns, elements)) {
                violations.add(new Violation(name, FieldNames.unknown("column.unknown", name, knownColumnsLike(name),
                        String.join(", ", columnNames()))));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CsvProfileColumns(header.size(), id, columns, elements);
    }

    /** Files the column under its field (of its list element); false when the name is no profile field. */
    private static boolean place(String name, int column, int[] columns, TreeMap<Integer, List<Integer>> elements) {
        Matcher listColumn = LIST_COLUMN.matcher(name);
        if (listColumn.matches()) {
            Optional<ProfileField> field = LIST.fields().stream()
                    .filter(known -> known.fieldName().equals(listColumn.group(2))).findFirst();
            if (field.isEmpty()) {
                return false;
            }
            int index = Integer.parseInt(listColumn.group(1));
            elements.computeIfAbsent(index, any -> new ArrayList<>()).add(column);
            if (index < LIST.maxElements()) {
                columns[index * FIELDS + field.get().ordinal()] = column;
            }
            return true;
        }
        for (ProfileField field : ProfileField.values()) {
            if (!field.inList() && field.csvColumn().equals(name)) {
                columns[field.ordinal()] = column;
                return true;
            }
        }
        return false;
    }

    /**
     * Every column a header may have, in the order of the profile, with the list index written as
     * {@code index}.
     */
    private static List<String> knownColumns(String index) {
        List<String> names = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            names.add(field.group().isList() ? field.csvColumnPattern().replace(ProfileField.INDEX, index)
                    : field.csvColumn());
        }
        return names;
    }

    /** The columns suggested for a misspelt one keep the list index it was written with. */
    private static List<String> knownColumnsLike(String unknown) {
        Matcher index = INDEX.matcher(unknown);
        return knownColumns(index.find() ? Integer.toString(Integer.parseInt(index.group(1))) : "0");
    }

    /** Every column a header may have, with {@code N} for a list index: for help texts. */
    public static List<String> columnNames() {
        return knownColumns(ProfileField.INDEX);
    }

    /** The number of columns of the header, which every row must have. */
    public int size() {
        return size;
    }

    /** The {@code id} column, when the header has one. */
    public OptionalInt idColumn() {
        return idColumn;
    }

    /**
     * A reader of the rows under this header into profiles, each read by {@code reader}: for one thread,
     * as it keeps what it needs from row to row (every thread of a batch has its own).
     */
    public RowReader rowReader(ProfileReader reader) {
        return new RowReader(reader);
    }

    /** Reads rows under the header, one at a time, into profiles; see {@link #rowReader}. */
    public final class RowReader {

        private final Row row = new Row(CsvProfileColumns.this);
        private final ProfileReader.Reading reading;

        private RowReader(ProfileReader reader) {
            this.reading = reader.reading(row);
        }

        /**
         * The profile of one row (as many cells as the header has columns), adding every problem to
         * {@code violations}, named by its column; empty when there was any.
         */
        public Optional<Profile> read(CsvCells cells, List<Violation> violations) {
            if (cells.size() != size) {
                throw new IllegalArgumentException(cells.size() + " cells for " + size + " columns");
            }
            row.point(cells);
            return reading.read(violations);
        }

        /** {@link #read(CsvCells, List)} of cells given as strings. */
        public Optional<Profile> read(List<String> cells, List<Violation> violations) {
            return read(CsvCells.of(cells), violations);
        }
    }

    /**
     * One row as the reader walks it, pointed at each row in turn. An empty cell is a field left out, and
     * a group none of whose cells is filled is left out as a whole, so that it takes its defaults. The
     * list holds the elements up to the last one with a filled cell: an element before it without one (a
     * gap) is an element that states nothing, and its required level is missing.
     */
    private static final class Row implements ProfileSource {

        private final CsvProfileColumns layout;
        private final int[] columns;
        private final CsvCell cell = new CsvCell();
        private CsvCells cells;

        Row(CsvProfileColumns layout) {
            this.layout = layout;
            this.columns = layout.columns;
        }

        /** This row, now {@code cells}. */
        void point(CsvCells row) {
            cells = row;
            cell.row(row);
        }

        @Override
        public boolean open(ProfileGroup group, int element, List<Violation> violations) {
            return group == ProfileGroup.PROFILE || group.isList()
                    || cells.anyFilled(layout.groupColumns[group.ordinal()]);
        }

        @Override
        public int size(ProfileGroup list, List<Violation> violations) {
            for (int i = 0; i < layout.elements.length; i++) {
                if (cells.anyFilled(layout.elementColumns[i])) {
                    int size = layout.elements[i] + 1;
                    if (size <= list.maxElements()) {
                        return size;
                    }
                    violations.add(new Violation(list.fieldName(), ValueParsers.tooMany(size, list.maxElements())));
                    return 0;
                }
            }
            return 0;
        }

        @Override
        public WrittenValue value(ProfileField field, int element) {
            int column = columns[element * FIELDS + field.ordinal()];
            return column == NO_COLUMN || cells.isEmpty(column) ? null : cell.at(column);
        }

        /** Never: an empty cell is a field left out, and a cell holds no JSON. */
        @Override
        public boolean writtenNull(ProfileField field, int element) {
            return false;
        }

        @Override
        public String place(ProfileField field, int element) {
            return field.inList() ? field.csvColumn(element) : field.csvColumn();
        }

    }
}
