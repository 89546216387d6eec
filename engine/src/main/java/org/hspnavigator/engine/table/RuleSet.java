package org.hspnavigator.engine.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.profile.DegreeTier;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.table.PointTables.AdditionKey;
import org.hspnavigator.engine.table.PointTables.AgeKey;
import org.hspnavigator.engine.table.PointTables.BracketKey;
import org.hspnavigator.engine.table.PointTables.EducationKey;
import org.hspnavigator.engine.table.PointTables.PositionKey;
import org.hspnavigator.engine.table.PointTables.SalaryKey;
import org.hspnavigator.engine.table.PointTables.ThresholdKey;

/**
 * The point tables in force during one period (docs/rules.md §10), compiled into arrays so that a lookup
 * is an index, not a search. Every lookup returns empty where the table has no row: the item does
 * not exist in that category on those dates (age in business management, the N2 tier before
 * 2017-04-26), which the rules report as "not applicable", never as a silent zero.
 */
public final class RuleSet {

    private static final Category[] CATEGORIES = Category.values();
    private static final AgeBand[] BANDS = AgeBand.values();

    private final String id;
    private final Validity validity;
    private final String summary;
    private final List<Source> sources;

    // Rows are kept as the Optionals the lookups return, made once here, so that scoring allocates none.
    private final Optional<PointRow>[][] education = noRows(CATEGORIES.length, DegreeTier.values().length);
    private final Bracket[] career = new Bracket[CATEGORIES.length];
    private final Bracket[][] salary = new Bracket[CATEGORIES.length][BANDS.length];
    private final Optional<PointRow>[][] age = noRows(CATEGORIES.length, BANDS.length);
    private final Bracket[] research = new Bracket[CATEGORIES.length];
    private final Bracket[] qualifications = new Bracket[CATEGORIES.length];
    private final Optional<PointRow>[][] position = noRows(CATEGORIES.length, ExecutivePosition.values().length);
    private final Optional<PointRow>[][][] additions = noRows(CriterionId.values().length, AdditionTier.values().length,
            CATEGORIES.length);
    private final OptionalLong[][] thresholds = new OptionalLong[Threshold.values().length][CATEGORIES.length];
    private final OptionalLong[][] upcomingThresholds = new OptionalLong[Threshold.values().length][CATEGORIES.length];
    /** By criterion: whether the flat addition has a row in some category. */
    private final boolean[] additionsInForce = new boolean[CriterionId.values().length];

    private RuleSet(String id, Validity validity, String summary, List<Source> sources) {
        this.id = id;
        this.validity = validity;
        this.summary = summary;
        this.sources = List.copyOf(sources);
    }

    /** The rule set's id: the date it took effect, e.g. {@code 2017-04-26}. */
    public String id() {
        return id;
    }

    /**
     * The day a rule set's id names (the date it took effect, as {@link #id()} writes it); empty for a
     * text that is no such date, such as an id edited by hand in a shared address.
     */
    public static Optional<LocalDate> firstDay(String id) {
        try {
            return Optional.of(LocalDate.parse(id));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** The days the rule set is in force; open-ended for the current one. */
    public Validity validity() {
        return validity;
    }

    /** What the rule set added or changed. */
    public String summary() {
        return summary;
    }

    public List<Source> sources() {
        return sources;
    }

    public Optional<PointRow> education(Category category, DegreeTier tier) {
        return education[category.ordinal()][tier.ordinal()];
    }

    public Optional<PointRow> career(Category category, long completedYears) {
        return at(career[category.ordinal()], completedYears);
    }

    public Optional<PointRow> salary(Category category, AgeBand band, long annualSalaryYen) {
        return at(salary[category.ordinal()][band.ordinal()], annualSalaryYen);
    }

    /**
     * The lower bounds of the salary brackets of a category and age band, ascending and starting at 0;
     * empty where the category has no salary item. The advisor needs them to name the smallest salary
     * that reaches the next bracket.
     */
    public List<Long> salaryLowerBounds(Category category, AgeBand band) {
        Bracket bracket = salary[category.ordinal()][band.ordinal()];
        return bracket == null ? List.of() : bracket.lowerBounds();
    }

    public Optional<PointRow> age(Category category, AgeBand band) {
        return age[category.ordinal()][band.ordinal()];
    }

    public Optional<PointRow> research(Category category, int testsMet) {
        return at(research[category.ordinal()], testsMet);
    }

    public Optional<PointRow> qualifications(Category category, int count) {
        return at(qualifications[category.ordinal()], count);
    }

    public Optional<PointRow> position(Category category, ExecutivePosition held) {
        return position[category.ordinal()][held.ordinal()];
    }

    /** A flat addition (docs/rules.md §2 multiple fields, §9) without tiers. */
    public Optional<PointRow> addition(CriterionId item, Category category) {
        return addition(item, AdditionTier.NONE, category);
    }

    public Optional<PointRow> addition(CriterionId item, AdditionTier tier, Category category) {
        return additions[item.ordinal()][tier.ordinal()][category.ordinal()];
    }

    /** Whether a flat addition is an item in some category of the rule set, in any tier. */
    public boolean additionInForce(CriterionId item) {
        return additionsInForce[item.ordinal()];
    }

    public OptionalLong threshold(Threshold threshold, Category category) {
        return thresholds[threshold.ordinal()][category.ordinal()];
    }

    /**
     * A threshold not in force in this rule set, as the first later rule set gives it; empty when in
     * force here or never later. An item claimed before it exists is measured against it, so that the
     * claim is noted instead of scoring a silent zero (docs/rules.md §10).
     */
    public OptionalLong upcomingThreshold(Threshold threshold, Category category) {
        return upcomingThresholds[threshold.ordinal()][category.ordinal()];
    }

    /** A threshold every category has in every rule set, such as the pass mark (the loader guarantees it). */
    public long requiredThreshold(Threshold threshold, Category category) {
        OptionalLong value = thresholds[threshold.ordinal()][category.ordinal()];
        if (value.isEmpty()) {
            throw missing(threshold);
        }
        return value.getAsLong();
    }

    /**
     * Apart from {@link #requiredThreshold}, which is asked several times per profile: small enough
     * without the message's making, the compiler inlines it where it is asked.
     */
    private IllegalStateException missing(Threshold threshold) {
        return new IllegalStateException(threshold.id() + " missing in rule set " + id);
    }

    /**
     * Every row of the point sheet in force, criterion by criterion in the order of the official sheet
     * (education, career, salary, age, research, qualifications, position, then the additions), and
     * within a criterion by category and option: the tables as data, for those who build on them.
     */
    public List<SheetRow> pointSheet() {
        List<SheetRow> sheet = new ArrayList<>();
        for (Category category : CATEGORIES) {
            addRows(sheet, education[category.ordinal()]);
        }
        addBrackets(sheet, career);
        for (Category category : CATEGORIES) {
            for (AgeBand band : BANDS) {
                Bracket bracket = salary[category.ordinal()][band.ordinal()];
                if (bracket != null) {
                    bracket.rows().forEach(row -> sheet.add(new SheetRow(row, Optional.of(band))));
                }
            }
        }
        for (Category category : CATEGORIES) {
            addRows(sheet, age[category.ordinal()]);
        }
        addBrackets(sheet, research);
        addBrackets(sheet, qualifications);
        for (Category category : CATEGORIES) {
            addRows(sheet, position[category.ordinal()]);
        }
        for (Optional<PointRow>[][] byTier : additions) {
            for (Optional<PointRow>[] byCategory : byTier) {
                addRows(sheet, byCategory);
            }
        }
        return sheet;
    }

    private static void addRows(List<SheetRow> sheet, Optional<PointRow>[] rows) {
        for (Optional<PointRow> row : rows) {
            row.ifPresent(present -> sheet.add(new SheetRow(present, Optional.empty())));
        }
    }

    private static void addBrackets(List<SheetRow> sheet, Bracket[] byCategory) {
        for (Bracket bracket : byCategory) {
            if (bracket != null) {
                bracket.rows().forEach(row -> sheet.add(new SheetRow(row, Optional.empty())));
            }
        }
    }

    @Override
    public String toString() {
        return "RuleSet " + id;
    }

    private static Optional<PointRow> at(Bracket bracket, long value) {
        return bracket == null ? Optional.empty() : bracket.at(value);
    }

    /** Compiles the rows of the tables in force on the first day of {@code validity}. */
    static RuleSet compile(String id, Validity validity, String summary, List<Source> sources, PointTables tables) {
        RuleSet set = new RuleSet(id, validity, summary, sources);
        LocalDate day = validity.from();
        String where = "rule set " + id;
        set.compileEducation(where, tables.education.inForceOn(day));
        set.compileBrackets(where, CriterionId.CAREER, tables.career.inForceOn(day), set.career, Bracket.Unit.YEARS);
        set.compileSalary(where, tables.salary.inForceOn(day));
        set.compileAge(where, tables.age.inForceOn(day));
        set.compileBrackets(where, CriterionId.RESEARCH, tables.research.inForceOn(day), set.research,
                Bracket.Unit.TESTS);
        set.compileBrackets(where, CriterionId.QUALIFICATIONS, tables.qualifications.inForceOn(day),
                set.qualifications, Bracket.Unit.QUALIFICATIONS);
        set.compilePosition(where, tables.position.inForceOn(day));
        set.compileAdditions(tables.additions.inForceOn(day));
        set.compileThresholds(where, tables.thresholds.inForceOn(day));
        set.compileUpcomingThresholds(tables.thresholds.firstAfter(day));
        return set;
    }

    private void compileEducation(String where, Map<EducationKey, DatedEntry<EducationKey>> rows) {
        rows.forEach((key, entry) -> education[key.category().ordinal()][key.degree().ordinal()] =
                row(CriterionId.EDUCATION, key.category(), key.degree().name(), (int) entry.value(),
                        entry.sources()));
        for (Category category : CATEGORIES) {
            requireAllOrNone(where, "education.tsv", category, education[category.ordinal()], "degree");
        }
    }

    private void compileBrackets(String where, CriterionId criterion, Map<BracketKey, DatedEntry<BracketKey>> rows,
            Bracket[] target, Bracket.Unit unit) {
        Map<Category, SortedMap<Long, DatedEntry<?>>> byCategory = new EnumMap<>(Category.class);
        rows.forEach((key, entry) ->
                byCategory.computeIfAbsent(key.category(), c -> new TreeMap<>()).put(key.min(), entry));
        byCategory.forEach((category, bounds) ->
                target[category.ordinal()] = Bracket.of(where, criterion, category, bounds, unit));
    }

    private void compileSalary(String where, Map<SalaryKey, DatedEntry<SalaryKey>> rows) {
        Map<Category, Map<AgeBand, SortedMap<Long, DatedEntry<?>>>> byCategory = new EnumMap<>(Category.class);
        rows.forEach((key, entry) -> byCategory.computeIfAbsent(key.category(), c -> new EnumMap<>(AgeBand.class))
                .computeIfAbsent(key.band(), b -> new TreeMap<>())
                .put(key.minYen(), entry));
        byCategory.forEach((category, bands) -> {
            for (AgeBand band : BANDS) {
                SortedMap<Long, DatedEntry<?>> bounds = bands.get(band);
                if (bounds == null) {
                    throw new TableFormatException("salary.tsv: " + where + ": " + category
                            + " has salary rows but none for age band " + band);
                }
                salary[category.ordinal()][band.ordinal()] = Bracket.of(where + " age band " + band,
                        CriterionId.SALARY, category, bounds, Bracket.Unit.YEN);
            }
        });
    }

    private void compileAge(String where, Map<AgeKey, DatedEntry<AgeKey>> rows) {
        rows.forEach((key, entry) -> age[key.category().ordinal()][key.band().ordinal()] = row(
                CriterionId.AGE, key.category(), key.band().label(), (int) entry.value(), entry.sources()));
        for (Category category : CATEGORIES) {
            requireAllOrNone(where, "age.tsv", category, age[category.ordinal()], "age band");
        }
    }

    private void compilePosition(String where, Map<PositionKey, DatedEntry<PositionKey>> rows) {
        rows.forEach((key, entry) -> position[key.category().ordinal()][key.position().ordinal()] = row(
                CriterionId.POSITION, key.category(), key.position().name(), (int) entry.value(), entry.sources()));
        for (Category category : CATEGORIES) {
            requireAllOrNone(where, "position.tsv", category, position[category.ordinal()], "position");
        }
    }

    private void compileAdditions(Map<AdditionKey, DatedEntry<AdditionKey>> rows) {
        rows.forEach((key, entry) -> {
            additions[key.item().ordinal()][key.tier().ordinal()][key.category().ordinal()] =
                    row(key.item(), key.category(), key.tier() == AdditionTier.NONE ? "yes" : key.tier().name(),
                            (int) entry.value(), entry.sources());
            additionsInForce[key.item().ordinal()] = true;
        });
    }

    private void compileThresholds(String where, Map<ThresholdKey, DatedEntry<ThresholdKey>> rows) {
        for (OptionalLong[] row : thresholds) {
            Arrays.fill(row, OptionalLong.empty());
        }
        rows.forEach((key, entry) ->
                thresholds[key.threshold().ordinal()][key.category().ordinal()] = OptionalLong.of(entry.value()));
        for (Category category : CATEGORIES) {
            requireThreshold(where, Threshold.PASS_MARK, category);
            // A rule that exists in a category must be decidable there: its thresholds must exist too.
            if (research[category.ordinal()] != null) {
                requireThreshold(where, Threshold.RESEARCH_PATENTS, category);
                requireThreshold(where, Threshold.RESEARCH_GRANT_FUNDED_PROJECTS, category);
                requireThreshold(where, Threshold.RESEARCH_PAPERS, category);
            }
            requireThresholdFor(where, addition(CriterionId.SME_RESEARCH_SPENDING, category),
                    Threshold.SME_RESEARCH_SPENDING_PERCENT);
            requireThresholdFor(where, addition(CriterionId.INVESTMENT, category), Threshold.INVESTMENT_YEN);
            requireThresholdFor(where, addition(CriterionId.JAPANESE_LANGUAGE, AdditionTier.N1_TIER, category),
                    Threshold.BJT_N1_TIER);
            requireThresholdFor(where, addition(CriterionId.JAPANESE_LANGUAGE, AdditionTier.N2_TIER, category),
                    Threshold.BJT_N2_TIER);
        }
    }

    private void compileUpcomingThresholds(Map<ThresholdKey, DatedEntry<ThresholdKey>> rows) {
        for (OptionalLong[] row : upcomingThresholds) {
            Arrays.fill(row, OptionalLong.empty());
        }
        rows.forEach((key, entry) -> upcomingThresholds[key.threshold().ordinal()][key.category().ordinal()] =
                OptionalLong.of(entry.value()));
    }

    private void requireThresholdFor(String where, Optional<PointRow> row, Threshold threshold) {
        row.ifPresent(present -> requireThreshold(where, threshold, present.category()));
    }

    private void requireThreshold(String where, Threshold threshold, Category category) {
        if (threshold(threshold, category).isEmpty()) {
            throw new TableFormatException("thresholds.tsv: " + where + ": no " + threshold.id() + " for " + category);
        }
    }

    private static void requireAllOrNone(String where, String file, Category category, Optional<PointRow>[] rows,
            String what) {
        boolean any = false;
        boolean all = true;
        for (Optional<PointRow> row : rows) {
            any |= row.isPresent();
            all &= row.isPresent();
        }
        if (any && !all) {
            throw new TableFormatException(file + ": " + where + ": " + category + " has rows for some but not every "
                    + what);
        }
    }

    private static Optional<PointRow> row(CriterionId criterion, Category category, String option, int points,
            List<Source> sources) {
        return Optional.of(new PointRow(criterion, category, option, points, sources));
    }

    /** An array of absent rows; generic arrays cannot be created directly, hence the unchecked cast. */
    @SuppressWarnings("unchecked")
    static Optional<PointRow>[] noRows(int length) {
        Optional<PointRow>[] rows = (Optional<PointRow>[]) new Optional<?>[length];
        Arrays.fill(rows, Optional.empty());
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Optional<PointRow>[][] noRows(int outer, int length) {
        Optional<PointRow>[][] rows = (Optional<PointRow>[][]) new Optional<?>[outer][];
        for (int i = 0; i < outer; i++) {
            rows[i] = noRows(length);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Optional<PointRow>[][][] noRows(int outer, int middle, int length) {
        Optional<PointRow>[][][] rows = (Optional<PointRow>[][][]) new Optional<?>[outer][][];
        for (int i = 0; i < outer; i++) {
            rows[i] = noRows(middle, length);
        }
        return rows;
    }
}
