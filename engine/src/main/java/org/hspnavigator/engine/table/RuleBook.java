package org.hspnavigator.engine.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.hspnavigator.engine.points.Source;

/**
 * Every rule set from the earliest supported date on, loaded from the dated tables and checked
 * strictly. {@link #official()} is the book packaged with the engine; {@link #load} reads another
 * (test fixtures).
 */
public final class RuleBook {

    static final String RULE_SETS_FILE = "rule-sets.tsv";

    /** Guarded by the class: set once the official tables have loaded, never by a failed load. */
    private static RuleBook official;

    private final List<RuleSet> ruleSets;

    private RuleBook(List<RuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
    }

    /**
     * The official tables, loaded once per process. A failed load is not remembered but thrown to
     * each caller in turn: when the book is loaded ahead of time on another thread, a failure there
     * still reaches the caller that needs the book, cause and all.
     */
    public static synchronized RuleBook official() {
        if (official == null) {
            official = load(TableSource.official());
        }
        return official;
    }

    /** Loads and checks a complete set of table files; any defect is a {@link TableFormatException}. */
    public static RuleBook load(TableSource source) {
        Map<String, Source> sources = SourceCatalog.read(source);
        List<TsvRow> headers = TsvFile.read(source, RULE_SETS_FILE, List.of("effective_from", "summary", "source"));
        if (headers.isEmpty()) {
            throw new TableFormatException(RULE_SETS_FILE + ": no rule set");
        }
        TreeSet<LocalDate> starts = new TreeSet<>();
        for (TsvRow header : headers) {
            LocalDate start = header.date("effective_from");
            if (!starts.isEmpty() && !start.isAfter(starts.last())) {
                throw header.error("effective_from", start + " must be after the rule set above it");
            }
            starts.add(start);
        }
        PointTables tables = PointTables.read(source, sources);
        for (DatedTable<?> table : tables.all()) {
            table.checkBoundaries(starts);
        }
        List<RuleSet> ruleSets = new ArrayList<>();
        for (TsvRow header : headers) {
            LocalDate start = header.date("effective_from");
            Optional<LocalDate> end = Optional.ofNullable(starts.higher(start)).map(next -> next.minusDays(1));
            ruleSets.add(RuleSet.compile(start.toString(), new Validity(start, end), header.text("summary"),
                    SourceCatalog.cited(header, sources), tables));
        }
        return new RuleBook(ruleSets);
    }

    /** The rule set in force on a date; a date before the first one is refused, naming the date. */
    public RuleSet ruleSetOn(LocalDate date) {
        for (int i = ruleSets.size() - 1; i >= 0; i--) {
            RuleSet candidate = ruleSets.get(i);
            if (!date.isBefore(candidate.validity().from())) {
                return candidate;
            }
        }
        throw new ReferenceDateOutOfRangeException(date, earliestDate());
    }

    /** The first day any rule set covers: 2013-12-24 for the official book. */
    public LocalDate earliestDate() {
        return ruleSets.get(0).validity().from();
    }

    /** All rule sets, oldest first. */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }
}
