package org.hspnavigator.engine.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.profile.DegreeTier;
import org.hspnavigator.engine.profile.ExecutivePosition;

/**
 * All dated point tables of one rule book, parsed strictly from their files. Each file has its key
 * columns, a value column, {@code effective_from}, {@code effective_to} and {@code source}; a
 * {@code category} of {@code *} stands for all three categories and a comma list for several.
 */
final class PointTables {

    // The keys write their own equals and hashCode: a record's generated ones are linked at their first
    // call through invokedynamic (java.lang.runtime.ObjectMethods), which spins classes at run time, 25 to
    // 50 ms of CPU for the first record of a process, in the rule book's load that every command waits for.
    // With these keys, and SourceCatalog comparing source ids, 'hsp score' links none of them
    // (bench/README.md, "hsp score start-up against a3f14c3").

    record EducationKey(Category category, DegreeTier degree) {

        @Override
        public boolean equals(Object other) {
            return other instanceof EducationKey key && category == key.category && degree == key.degree;
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, degree);
        }
    }

    record BracketKey(Category category, long min) {

        @Override
        public boolean equals(Object other) {
            return other instanceof BracketKey key && category == key.category && min == key.min;
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, min);
        }
    }

    record SalaryKey(Category category, AgeBand band, long minYen) {

        @Override
        public boolean equals(Object other) {
            return other instanceof SalaryKey key && category == key.category && band == key.band && minYen == key.minYen;
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, band, minYen);
        }
    }

    record AgeKey(Category category, AgeBand band) {

        @Override
        public boolean equals(Object other) {
            return other instanceof AgeKey key && category == key.category && band == key.band;
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, band);
        }
    }

    record PositionKey(Category category, ExecutivePosition position) {

        @Override
        public boolean equals(Object other) {
            return other instanceof PositionKey key && category == key.category && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, position);
        }
    }

    record AdditionKey(CriterionId item, AdditionTier tier, Category category) {

        @Override
        public boolean equals(Object other) {
            return other instanceof AdditionKey key && item == key.item && tier == key.tier && category == key.category;
        }

        @Override
        public int hashCode() {
            return Objects.hash(item, tier, category);
        }
    }

    record ThresholdKey(Threshold threshold, Category category) {

        @Override
        public boolean equals(Object other) {
            return other instanceof ThresholdKey key && threshold == key.threshold && category == key.category;
        }

        @Override
        public int hashCode() {
            return Objects.hash(threshold, category);
        }
    }

    /** The items with their own table; every other criterion is a flat addition of additions.tsv. */
    static final Set<CriterionId> TABLED_CRITERIA = EnumSet.of(CriterionId.EDUCATION, CriterionId.CAREER,
            CriterionId.SALARY, CriterionId.AGE, CriterionId.RESEARCH, CriterionId.QUALIFICATIONS,
            CriterionId.POSITION);

    private static final List<String> DATED_COLUMNS = List.of("effective_from", "effective_to", "source");

    final DatedTable<EducationKey> education;
    final DatedTable<BracketKey> career;
    final DatedTable<SalaryKey> salary;
    final DatedTable<AgeKey> age;
    final DatedTable<BracketKey> research;
    final DatedTable<BracketKey> qualifications;
    final DatedTable<PositionKey> position;
    final DatedTable<AdditionKey> additions;
    final DatedTable<ThresholdKey> thresholds;

    private final TableSource source;
    private final Map<String, Source> sources;

    private PointTables(TableSource source, Map<String, Source> sources) {
        this.source = source;
        this.sources = sources;
        education = read("education.tsv", List.of("category", "degree"), "points",
                row -> each(categories(row), c -> new EducationKey(c, row.enumValue("degree", DegreeTier.class))),
                row -> row.points("points"));
        career = readBrackets("career.tsv", "min_years");
        salary = read("salary.tsv", List.of("category", "age_band", "min_yen"), "points",
                row -> {
                    List<SalaryKey> keys = new ArrayList<>();
                    long min = row.nonNegativeLong("min_yen");
                    for (Category category : categories(row)) {
                        for (AgeBand band : ageBands(row)) {
                            keys.add(new SalaryKey(category, band, min));
                        }
                    }
                    return keys;
                },
                row -> row.points("points"));
        age = read("age.tsv", List.of("category", "age_band"), "points",
                row -> {
                    List<AgeKey> keys = new ArrayList<>();
                    for (Category category : categories(row)) {
                        for (AgeBand band : ageBands(row)) {
                            keys.add(new AgeKey(category, band));
                        }
                    }
                    return keys;
                },
                row -> row.points("points"));
        research = readBrackets("research.tsv", "min_tests");
        qualifications = readBrackets("qualifications.tsv", "min_count");
        position = read("position.tsv", List.of("category", "position"), "points",
                row -> each(categories(row), c -> new PositionKey(c, row.enumValue("position", ExecutivePosition.class))),
                row -> row.points("points"));
        additions = read("additions.tsv", List.of("item", "tier", "category"), "points",
                row -> {
                    CriterionId item = additionItem(row);
                    AdditionTier tier = tier(row, item);
                    return each(categories(row), c -> new AdditionKey(item, tier, c));
                },
                row -> row.points("points"));
        thresholds = read("thresholds.tsv", List.of("name", "category"), "value",
                row -> {
                    String name = row.text("name");
                    Threshold threshold = Threshold.byId(name)
                            .orElseThrow(() -> row.error("name", "unknown threshold \"" + name + "\""));
                    return each(categories(row), c -> new ThresholdKey(threshold, c));
                },
                row -> row.nonNegativeLong("value"));
    }

    static PointTables read(TableSource source, Map<String, Source> sources) {
        return new PointTables(source, sources);
    }

    List<DatedTable<?>> all() {
        return List.of(education, career, salary, age, research, qualifications, position, additions, thresholds);
    }

    private DatedTable<BracketKey> readBrackets(String fileName, String minColumn) {
        return read(fileName, List.of("category", minColumn), "points",
                row -> each(categories(row), c -> new BracketKey(c, row.nonNegativeLong(minColumn))),
                row -> row.points("points"));
    }

    private <K> DatedTable<K> read(String fileName, List<String> keyColumns, String valueColumn,
            Function<TsvRow, List<K>> keys, ToLongFunction<TsvRow> value) {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.add(valueColumn);
        columns.addAll(DATED_COLUMNS);
        DatedTable<K> table = new DatedTable<>();
        for (TsvRow row : rows(fileName, columns)) {
            Validity validity = row.validity();
            List<Source> cited = SourceCatalog.cited(row, sources);
            long rowValue = value.applyAsLong(row);
            for (K key : keys.apply(row)) {
                table.add(new DatedEntry<>(key, rowValue, validity, cited, row.where()));
            }
        }
        return table;
    }

    private List<TsvRow> rows(String fileName, List<String> columns) {
        return TsvFile.read(source, fileName, columns);
    }

    private static <K> List<K> each(List<Category> categories, Function<Category, K> key) {
        List<K> keys = new ArrayList<>(categories.size());
        for (Category category : categories) {
            keys.add(key.apply(category));
        }
        return keys;
    }

    static List<Category> categories(TsvRow row) {
        return enumList(row, "category", Category.class);
    }

    private static List<AgeBand> ageBands(TsvRow row) {
        return enumList(row, "age_band", AgeBand.class);
    }

    /** {@code *} for every constant, or a comma list of constants without repeats. */
    private static <E extends Enum<E>> List<E> enumList(TsvRow row, String column, Class<E> type) {
        String value = row.text(column);
        if (value.equals("*")) {
            return List.of(type.getEnumConstants());
        }
        List<E> listed = new ArrayList<>();
        for (String name : value.split(",", -1)) {
            E constant = null;
            for (E candidate : type.getEnumConstants()) {
                if (candidate.name().equals(name)) {
                    constant = candidate;
                }
            }
            if (constant == null) {
                throw row.error(column, "unknown value \"" + name + "\"");
            }
            if (listed.contains(constant)) {
                throw row.error(column, "lists " + name + " twice");
            }
            listed.add(constant);
        }
        return listed;
    }

    private static CriterionId additionItem(TsvRow row) {
        String id = row.text("item");
        CriterionId item = CriterionId.byId(id)
                .orElseThrow(() -> row.error("item", "unknown item \"" + id + "\""));
        if (TABLED_CRITERIA.contains(item)) {
            throw row.error("item", "\"" + id + "\" has its own table file, not a flat addition");
        }
        return item;
    }

    private static AdditionTier tier(TsvRow row, CriterionId item) {
        String value = row.text("tier");
        AdditionTier tier = value.equals("-") ? AdditionTier.NONE : row.enumValue("tier", AdditionTier.class);
        boolean tiered = item == CriterionId.JAPANESE_LANGUAGE;
        if (tiered && tier == AdditionTier.NONE) {
            throw row.error("tier", "japaneseLanguage needs a tier (N1_TIER or N2_TIER)");
        }
        if (!tiered && tier != AdditionTier.NONE) {
            throw row.error("tier", item.id() + " has no tiers; write -");
        }
        return tier;
    }
}
