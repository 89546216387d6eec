package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
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
        boolean presentIn(List<String> cells);

        ProfileValue valueIn(List<String> cells);
    }

    /** One column of the header. */
    record Column(int index) implements Layout {
        @Override
        public boolean presentIn(List<String> cells) {
            return !cells.get(index).isEmpty();
        }

        @Override
        public ProfileValue valueIn(List<String> cells) {
            return new Cell(cells.get(index));
        }
    }

    /**
     * Columns that share a prefix ({@code careerYears.}), in the order the profile lists them, with the
     * indexes of every column beneath, so that telling whether any is filled needs no iteration over maps.
     */
    record Group(Map<String, Layout> fields, int[] columns) implements Layout {

        Group(Map<String, Layout> fields) {
            this(fields, columnsOf(fields.values()));
        }

        @Override
        public boolean presentIn(List<String> cells) {
            return anyFilled(columns, cells);
        }

        @Override
        public ProfileValue valueIn(List<String> cells) {
            return new GroupValue(this, cells);
        }
    }

    /** The groups of a list ({@code degrees.0.}, {@code degrees.1.}, ...) by index; a missing index is an empty group. */
    record Listing(Map<Integer, Group> elements, int[] columns) implements Layout {

        Listing(Map<Integer, Group> elements) {
            this(elements, columnsOf(elements.values()));
        }

        @Override
        public boolean presentIn(List<String> cells) {
            return anyFilled(columns, cells);
        }

        @Override
        public ProfileValue valueIn(List<String> cells) {
            return new ListingValue(this, cells);
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

    private static boolean anyFilled(int[] columns, List<String> cells) {
        for (int column : columns) {
            if (!cells.get(column).isEmpty()) {
                return true;
            }
        }
        return false;
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
            return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
        }

        @Override
        public boolean booleanValue() {
            return text.equalsIgnoreCase("true");
        }

        private BigDecimal number() {
            if (!numberParsed) {
                numberParsed = true;
                if (JsonNumberSyntax.matches(text)) {
                    try {
                        number = new BigDecimal(text);
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
        private final List<String> cells;

        GroupValue(Group group, List<String> cells) {
            this.group = group;
            this.cells = cells;
        }

        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public Iterable<String> propertyNames() {
            List<String> names = new ArrayList<>();
            group.fields().forEach((name, layout) -> {
                if (layout.presentIn(cells)) {
                    names.add(name);
                }
            });
            return names;
        }

        @Override
        public ProfileValue get(String name) {
            Layout layout = group.fields().get(name);
            return layout == null || !layout.presentIn(cells) ? null : layout.valueIn(cells);
        }
    }

    /** A list of column groups, up to the last one with a filled cell. */
    static final class ListingValue extends CsvRowValue {

        private final Listing listing;
        private final List<String> cells;

        ListingValue(Listing listing, List<String> cells) {
            this.listing = listing;
            this.cells = cells;
        }

        @Override
        public boolean isArray() {
            return true;
        }

        @Override
        public int size() {
            int size = 0;
            for (Map.Entry<Integer, Group> element : listing.elements().entrySet()) {
                if (element.getKey() >= size && element.getValue().presentIn(cells)) {
                    size = element.getKey() + 1;
                }
            }
            return size;
        }

        @Override
        public ProfileValue element(int index) {
            return new GroupValue(listing.elements().getOrDefault(index, EMPTY), cells);
        }
    }
}
