package org.hspnavigator.formats.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;

/**
 * The columns of a batch CSV file: the profile fields of spec/profile.md by their flattened JSON
 * paths ({@code careerYears.specializedTechnical}, lists by index: {@code degrees.0.level}), plus an
 * optional {@code id} passed through. A row is read by the same {@link ProfileReader} as a JSON
 * profile, so its checks, limits and wording are those of {@code hsp score}; only the place a problem
 * is named by changes, from the JSON path to the column ({@code degrees[0].level} → {@code degrees.0.level}).
 * A row whose every cell is plainly valid, most rows of a batch, is read by {@link CsvRowFastPath} into
 * the very profile the reader would give, at a fraction of the cost; only the others go through it.
 */
public final class CsvProfileColumns {

    /** The column passed through to the output, not a profile field. */
    public static final String ID = "id";

    private static final String LIST = "degrees";
    private static final Map<String, List<String>> GROUPS = Map.of(
            "careerYears", ProfileReader.CAREER_FIELDS,
            "research", ProfileReader.RESEARCH_FIELDS,
            "japaneseLanguage", ProfileReader.LANGUAGE_FIELDS,
            "employer", ProfileReader.EMPLOYER_FIELDS,
            "training", ProfileReader.TRAINING_FIELDS);
    private static final Pattern LIST_COLUMN = Pattern.compile(LIST + "\\.(0|[1-9][0-9]{0,8})\\.([^.]+)");
    private static final Pattern INDEX = Pattern.compile("\\.(\\d{1,9})\\.");
    private static final Pattern JSON_INDEX = Pattern.compile("\\[(\\d+)]");

    private final int size;
    private final OptionalInt idColumn;
    private final CsvRowValue.Group root;
    private final CsvRowFastPath plainRows;

    private CsvProfileColumns(int size, OptionalInt idColumn, CsvRowValue.Group root, CsvRowFastPath plainRows) {
        this.size = size;
        this.idColumn = idColumn;
        this.root = root;
        this.plainRows = plainRows;
    }

    /**
     * The columns of a header row. Every unknown, duplicate or unnamed column is reported at once, with
     * the known column its name is closest to, before any row is read.
     */
    public static CsvProfileColumns of(List<String> header) throws InvalidInputException {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, CsvRowValue.Layout> fields = new LinkedHashMap<>();
        Map<String, Map<String, CsvRowValue.Layout>> groups = new HashMap<>();
        Map<Integer, Map<String, CsvRowValue.Layout>> listElements = new TreeMap<>();
        OptionalInt id = OptionalInt.empty();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            Integer earlier = seen.putIfAbsent(name, column);
            if (name.isEmpty()) {
                violations.add(new Violation("", "column " + (column + 1)
                        + " of the header has no name; every column needs a profile field name"));
            } else if (earlier != null) {
                violations.add(new Violation(name, "the column appears twice in the header (columns " + (earlier + 1)
                        + " and " + (column + 1) + ")"));
            } else if (name.equals(ID)) {
                id = OptionalInt.of(column);
            } else if (!place(name, new CsvRowValue.Column(column), fields, groups, listElements)) {
                violations.add(new Violation(name, "unknown column" + FieldNames.suggestion(name, knownColumnsLike(name))
                        + " (known columns: " + String.join(", ", knownColumns("N")) + ")"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CsvProfileColumns(header.size(), id, layout(fields, groups, listElements),
                new CsvRowFastPath(fields, groups, listElements));
    }

    /** Files the column under its place in the profile; false when the name is no profile field. */
    private static boolean place(String name, CsvRowValue.Layout column, Map<String, CsvRowValue.Layout> fields,
            Map<String, Map<String, CsvRowValue.Layout>> groups,
            Map<Integer, Map<String, CsvRowValue.Layout>> listElements) {
        Matcher listColumn = LIST_COLUMN.matcher(name);
        if (listColumn.matches()) {
            if (!ProfileReader.DEGREE_FIELDS.contains(listColumn.group(2))) {
                return false;
            }
            listElements.computeIfAbsent(Integer.parseInt(listColumn.group(1)), index -> new LinkedHashMap<>())
                    .put(listColumn.group(2), column);
            return true;
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            List<String> known = GROUPS.get(name.substring(0, dot));
            String field = name.substring(dot + 1);
            if (known == null || !known.contains(field)) {
                return false;
            }
            groups.computeIfAbsent(name.substring(0, dot), group -> new LinkedHashMap<>()).put(field, column);
            return true;
        }
        if (!ProfileReader.PROFILE_FIELDS.contains(name) || GROUPS.containsKey(name) || name.equals(LIST)) {
            return false;
        }
        fields.put(name, column);
        return true;
    }

    private static CsvRowValue.Group layout(Map<String, CsvRowValue.Layout> fields,
            Map<String, Map<String, CsvRowValue.Layout>> groups,
            Map<Integer, Map<String, CsvRowValue.Layout>> listElements) {
        Map<String, CsvRowValue.Layout> root = new LinkedHashMap<>();
        for (String name : ProfileReader.PROFILE_FIELDS) {
            if (fields.containsKey(name)) {
                root.put(name, fields.get(name));
            } else if (groups.containsKey(name)) {
                root.put(name, new CsvRowValue.Group(groups.get(name)));
            } else if (name.equals(LIST) && !listElements.isEmpty()) {
                Map<Integer, CsvRowValue.Group> elements = new TreeMap<>();
                listElements.forEach((index, element) -> elements.put(index, new CsvRowValue.Group(element)));
                root.put(name, new CsvRowValue.Listing(elements));
            }
        }
        return new CsvRowValue.Group(root);
    }

    /**
     * Every column a header may have, in the order of the profile; the list index is written as
     * {@code index} ("N" in help texts, or the index a misspelt column used, to suggest the same one).
     */
    static List<String> knownColumns(String index) {
        List<String> columns = new ArrayList<>();
        columns.add(ID);
        for (String name : ProfileReader.PROFILE_FIELDS) {
            if (name.equals(LIST)) {
                ProfileReader.DEGREE_FIELDS.forEach(field -> columns.add(LIST + "." + index + "." + field));
            } else if (GROUPS.containsKey(name)) {
                GROUPS.get(name).forEach(field -> columns.add(name + "." + field));
            } else {
                columns.add(name);
            }
        }
        return columns;
    }

    /** The columns suggested for a misspelt one keep the list index it was written with. */
    private static List<String> knownColumnsLike(String unknown) {
        Matcher index = INDEX.matcher(unknown);
        return knownColumns(index.find() ? Integer.toString(Integer.parseInt(index.group(1))) : "0");
    }

    /** Every column a header may have, with {@code N} for a list index: for help texts. */
    public static List<String> columnNames() {
        return knownColumns("N");
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
     * Reads the profile of one row (as many cells as the header has columns), adding every problem to
     * {@code violations} named by its column; empty when there was any.
     */
    public Optional<Profile> read(ProfileReader reader, CsvCells cells, List<Violation> violations) {
        requireRowOfHeader(cells.size());
        // Most rows are plainly valid and read without the general machinery; the others, and only they,
        // are read by the general path, which alone finds and words their problems.
        Profile plain = plainRows.read(reader, cells);
        return plain != null ? Optional.of(plain) : readWithoutShortcut(reader, cells.texts(), violations);
    }

    /** {@link #read(ProfileReader, CsvCells, List)} of cells given as strings. */
    public Optional<Profile> read(ProfileReader reader, List<String> cells, List<Violation> violations) {
        return read(reader, CsvCells.of(cells), violations);
    }

    /**
     * The profile of a row when every cell is plainly valid, read without the general checks; null when
     * the row needs them. What {@link #read} tries first: to compare the two ways of reading a row.
     */
    Profile readIfPlain(ProfileReader reader, List<String> cells) {
        requireRowOfHeader(cells.size());
        return plainRows.read(reader, CsvCells.of(cells));
    }

    /**
     * Reads a row as {@link #read} does, but every row through the general checks that a JSON profile
     * goes through, none by the shortcut for plainly valid rows: to compare the two (tests, benchmarks).
     */
    public Optional<Profile> readWithoutShortcut(ProfileReader reader, List<String> cells, List<Violation> violations) {
        requireRowOfHeader(cells.size());
        int before = violations.size();
        Optional<Profile> profile = reader.read(root.valueIn(new CsvRowValue.Row(cells)), "", violations);
        for (int i = before; i < violations.size(); i++) {
            Violation violation = violations.get(i);
            violations.set(i, new Violation(column(violation.path()), violation.problem()));
        }
        return profile;
    }

    private void requireRowOfHeader(int cells) {
        if (cells != size) {
            throw new IllegalArgumentException(cells + " cells for " + size + " columns");
        }
    }

    /** The column a JSON path names: {@code degrees[0].level} is {@code degrees.0.level}. */
    static String column(String jsonPath) {
        return jsonPath.indexOf('[') < 0 ? jsonPath : JSON_INDEX.matcher(jsonPath).replaceAll(".$1");
    }
}
