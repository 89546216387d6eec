package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A CSV row seen as a profile document: the row itself is an object, a column group such as
 * {@code careerYears.*} a nested object, {@code degrees.N.*} a list, and a cell a value that is text
 * and, when its text reads so, also a number or a boolean. An empty cell is an absent field, and a
 * group or list none of whose cells is filled is absent too, so that it takes its default.
 */
abstract class CsvRowValue implements ProfileValue {

    /** Where a value sits in the header: a column, a group of named columns, or a list of groups. */
    sealed interface Layout permits Column, Group, Listing {
        boolean presentIn(Row row);

        ProfileValue valueIn(Row row);
    }

    /**
     * The cells of one row, which of them are filled (one bit per column, so that whether a group has any
     * filled cell is a mask test), and the cell values made so far: a field is asked for more than once
     * while a profile is read (whether it is there, then its value), and its number is parsed once.
     */
    static final class Row {

        private final String[] cells;
        private final long[] filled;
        private final Cell[] values;

        Row(List<String> cells) {
            this.cells = cells.toArray(String[]::new);
            this.filled = new long[words(this.cells.length)];
            for (int column = 0; column < this.cells.length; column++) {
                if (!this.cells[column].isEmpty()) {
                    filled[column >>> 6] |= 1L << column;
                }
            }
            this.values = new Cell[this.cells.length];
        }

        boolean filled(int column) {
            return (filled[column >>> 6] & 1L << column) != 0;
        }

        /** Whether any column of {@code mask} (bits as {@link #filled}) is filled. */
        boolean anyFilled(long[] mask) {
            for (int word = 0; word < mask.length; word++) {
                if ((filled[word] & mask[word]) != 0) {
                    return true;
                }
            }
            return false;
        }

        Cell cell(int column) {
            Cell value = values[column];
            if (value == null) {
                value = new Cell(cells[column]);
                values[column] = value;
            }
            return value;
        }
    }

    private static int words(int columns) {
        return (columns + 63) >>> 6;
    }

    /** The columns as bits, one word per 64 columns, to test against {@link Row#anyFilled}. */
    private static long[] maskOf(int[] columns) {
        long[] mask = new long[words(IntStream.of(columns).max().orElse(-1) + 1)];
        for (int column : columns) {
            mask[column >>> 6] |= 1L << column;
        }
        return mask;
    }

    /** The last list of known names a group's names were all found in (shared by the worker threads). */
    static final class KnownNames {
        private volatile List<String> lastAccepted;
    }

    /** One column of the header. */
    record Column(int index) implements Layout {
        @Override
        public boolean presentIn(Row row) {
            return row.filled(index);
        }

        @Override
        public ProfileValue valueIn(Row row) {
            return row.cell(index);
        }
    }

    /**
     * Columns that share a prefix ({@code careerYears.}), in the order the profile lists them, with the
     * indexes of every column beneath, so that telling whether any is filled needs no iteration over maps.
     * The names and layouts are also kept as arrays: a row's fields are looked up by scanning a handful
     * of names, which is cheaper than hashing each one. The names are interned, as are the constant
     * names the reader asks for, so that the scan usually compares references only.
     */
    record Group(Map<String, Layout> fields, int[] columns, long[] mask, String[] names, Layout[] layouts,
            long[][] masks, KnownNames knownLists) implements Layout {

        Group(Map<String, Layout> fields, int[] columns) {
            this(fields, columns, maskOf(columns), fields.keySet().stream().map(String::intern).toArray(String[]::new),
                    fields.values().toArray(Layout[]::new),
                    fields.values().stream().map(layout -> maskOf(columnsOf(List.of(layout)))).toArray(long[][]::new),
                    new KnownNames());
        }

        Group(Map<String, Layout> fields) {
            this(fields, columnsOf(fields.values()));
        }

        @Override
        public boolean presentIn(Row row) {
            return row.anyFilled(mask);
        }

        @Override
        public ProfileValue valueIn(Row row) {
            return new GroupValue(this, row);
        }

        /**
         * Whether every name of the group is among {@code known}, so that any row's filled fields are too.
         * Asked with the same list for every row: the last list found to hold them all is remembered.
         */
        boolean namesAmong(List<String> known) {
            if (knownLists.lastAccepted == known) {
                return true;
            }
            for (String name : names) {
                if (!known.contains(name)) {
                    return false;
                }
            }
            knownLists.lastAccepted = known;
            return true;
        }

        /** The place of a field among {@link #names}, or -1. */
        int indexOf(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return i;
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The groups of a list ({@code degrees.0.}, {@code degrees.1.}, ...) by index; a missing index is an empty group. */
    record Listing(Map<Integer, Group> elements, int[] columns, long[] mask, Group[] firstElements) implements Layout {

        /** Elements below this index are also kept in an array, indexed without boxing or a tree. */
        private static final int ARRAY_INDEXES = 64;

        Listing(Map<Integer, Group> elements, int[] columns) {
            this(elements, columns, maskOf(columns), firstElements(elements));
        }

        private static Group[] firstElements(Map<Integer, Group> elements) {
            Group[] first = new Group[ARRAY_INDEXES];
            Arrays.fill(first, EMPTY);
            elements.forEach((index, group) -> {
                if (index < ARRAY_INDEXES) {
                    first[index] = group;
                }
            });
            return first;
        }

        Group element(int index) {
            return index < ARRAY_INDEXES ? firstElements[index] : elements.getOrDefault(index, EMPTY);
        }

        Listing(Map<Integer, Group> elements) {
            this(elements, columnsOf(elements.values()));
        }

        @Override
        public boolean presentIn(Row row) {
            return row.anyFilled(mask);
        }

        @Override
        public ProfileValue valueIn(Row row) {
            return new ListingValue(this, row);
        }
    }

    private static int[] columnsOf(Collection<? extends Layout> layouts) {
        return layouts.stream().flatMapToInt(layout -> {
            if (layout instanceof Column column) {
                return IntStream.of(column.index());
            }
            return IntStream.of(layout instanceof Group group ? group.columns() : ((Listing) layout).columns());
        }).toArray();
    }

    private static final Group EMPTY = new Group(Map.of());

    @Override
    public boolean isNull() {
        return false;
    }

    @Override
    public boolean isObject() {
        return false;
    }

    @Override
    public boolean isArray() {
        return false;
    }

    @Override
    public boolean isString() {
        return false;
    }

    @Override
    public boolean isNumber() {
        return false;
    }

    @Override
    public boolean isBoolean() {
        return false;
    }

    @Override
    public Iterable<String> propertyNames() {
        throw new UnsupportedOperationException("not an object");
    }

    @Override
    public ProfileValue get(String name) {
        throw new UnsupportedOperationException("not an object");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("not a list");
    }

    @Override
    public ProfileValue element(int index) {
        throw new UnsupportedOperationException("not a list");
    }

    @Override
    public String stringValue() {
        throw new UnsupportedOperationException("not text");
    }

    @Override
    public BigDecimal decimalValue() {
        throw new UnsupportedOperationException("not a number");
    }

    @Override
    public boolean booleanValue() {
        throw new UnsupportedOperationException("not a boolean");
    }

    /** A filled cell. */
    static final class Cell extends CsvRowValue {

        private final String text;
        private BigDecimal number;
        private boolean numberParsed;

        Cell(String text) {
            this.text = text;
        }

        @Override
        public boolean isString() {
            return true;
        }

        @Override
        public String stringValue() {
            return text;
        }

        @Override
        public boolean isNumber() {
            return number() != null;
        }

        @Override
        public BigDecimal decimalValue() {
            BigDecimal value = number();
            if (value == null) {
                throw new UnsupportedOperationException("not a number");
            }
            return value;
        }

        /**
         * Booleans are {@code true} and {@code false} in any case, because spreadsheets write TRUE and
         * FALSE; 1/0 and yes/no are refused, as a count or a typo could hide behind them.
         */
        @Override
        public boolean isBoolean() {
            return text.equals("false") || text.equals("true")
                    || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
        }

        @Override
        public boolean booleanValue() {
            return text.equals("true") || text.equalsIgnoreCase("true");
        }

        private BigDecimal number() {
            if (!numberParsed) {
                numberParsed = true;
                if (JsonNumberSyntax.matches(text)) {
                    try {
                        number = JsonNumberSyntax.decimal(text);
                    } catch (NumberFormatException exponentOutOfRange) {
                        number = null;
                    }
                }
            }
            return number;
        }
    }

    /** A group of columns: an object whose fields are the filled ones. */
    static final class GroupValue extends CsvRowValue {

        private final Group group;
        private final Row row;

        GroupValue(Group group, Row row) {
            this.group = group;
            this.row = row;
        }

        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public Iterable<String> propertyNames() {
            List<String> names = new ArrayList<>(group.names().length);
            for (int i = 0; i < group.names().length; i++) {
                if (row.anyFilled(group.masks()[i])) {
                    names.add(group.names()[i]);
                }
            }
            return names;
        }

        @Override
        public boolean fieldsAmong(List<String> known) {
            return group.namesAmong(known);
        }

        @Override
        public ProfileValue get(String name) {
            int field = group.indexOf(name);
            return field < 0 || !row.anyFilled(group.masks()[field]) ? null : group.layouts()[field].valueIn(row);
        }
    }

    /** A list of column groups, up to the last one with a filled cell. */
    static final class ListingValue extends CsvRowValue {

        private final Listing listing;
        private final Row row;
        private int size = -1;

        ListingValue(Listing listing, Row row) {
            this.listing = listing;
            this.row = row;
        }

        @Override
        public boolean isArray() {
            return true;
        }

        /** Counted once: the reader asks for the size of a list more than once. */
        @Override
        public int size() {
            if (size < 0) {
                int counted = 0;
                for (Map.Entry<Integer, Group> element : listing.elements().entrySet()) {
                    if (element.getKey() >= counted && element.getValue().presentIn(row)) {
                        counted = element.getKey() + 1;
                    }
                }
                size = counted;
            }
            return size;
        }

        @Override
        public ProfileValue element(int index) {
            return new GroupValue(listing.element(index), row);
        }
    }
}
