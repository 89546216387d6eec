package org.hspnavigator.engine.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Source;

/**
 * The J-Skip criteria (特別高度人材, docs/rules.md §13) as dated data, read strictly from
 * {@code j-skip.tsv}: the lines of each category in force on a date. No line is in force before the
 * system started (2023-04-21), so no date before it can meet J-Skip.
 */
public final class JSkipTable {

    static final String FILE = "j-skip.tsv";
    private static final List<String> COLUMNS = List.of("category", "basis", "min_experience_years",
            "min_salary_yen", "effective_from", "effective_to", "source");
    private static final int MAX_EXPERIENCE_YEARS = 80;

    private static final class Official {
        static final JSkipTable TABLE = load(TableSource.official());
    }

    private final List<JSkipLine> lines;

    private JSkipTable(List<JSkipLine> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The criteria packaged with the engine, loaded once per process. */
    public static JSkipTable official() {
        return Official.TABLE;
    }

    /** Loads and checks the table; any defect is a {@link TableFormatException} naming the line. */
    public static JSkipTable load(TableSource source) {
        Map<String, Source> sources = SourceCatalog.read(source);
        DatedTable<String> overlaps = new DatedTable<>();
        List<JSkipLine> lines = new ArrayList<>();
        for (TsvRow row : TsvFile.read(source, FILE, COLUMNS)) {
            JSkipBasis basis = row.enumValue("basis", JSkipBasis.class);
            long years = row.nonNegativeLong("min_experience_years");
            if (basis == JSkipBasis.GRADUATE_DEGREE && years != 0) {
                throw row.error("min_experience_years", "must be 0 on a GRADUATE_DEGREE line, got " + years);
            }
            if (basis == JSkipBasis.EXPERIENCE && (years < 1 || years > MAX_EXPERIENCE_YEARS)) {
                throw row.error("min_experience_years", "must be 1 to " + MAX_EXPERIENCE_YEARS
                        + " on an EXPERIENCE line, got " + years);
            }
            long salary = row.nonNegativeLong("min_salary_yen");
            if (salary == 0) {
                throw row.error("min_salary_yen", "must be above 0: every J-Skip line has a salary threshold");
            }
            Validity validity = row.validity();
            List<Source> cited = SourceCatalog.cited(row, sources);
            for (Category category : PointTables.categories(row)) {
                overlaps.add(new DatedEntry<>(category + " " + basis, salary, validity, cited, row.where()));
                lines.add(new JSkipLine(category, basis, (int) years, salary, validity, cited));
            }
        }
        if (lines.isEmpty()) {
            throw new TableFormatException(FILE + ": no J-Skip line");
        }
        lines.sort(Comparator.comparing(JSkipLine::category).thenComparing(JSkipLine::basis));
        return new JSkipTable(lines);
    }

    /** The lines of every category in force on a date; empty before J-Skip existed. */
    public List<JSkipLine> linesOn(LocalDate date) {
        List<JSkipLine> inForce = new ArrayList<>(lines.size());
        for (JSkipLine line : lines) {
            if (line.validity().contains(date)) {
                inForce.add(line);
            }
        }
        return inForce;
    }

    /** The lines of a category in force on a date, degree line first; empty before J-Skip existed. */
    public List<JSkipLine> linesOn(LocalDate date, Category category) {
        List<JSkipLine> inForce = new ArrayList<>(2);
        for (JSkipLine line : lines) {
            if (line.category() == category && line.validity().contains(date)) {
                inForce.add(line);
            }
        }
        return inForce;
    }

    /** The first day any J-Skip line is in force: 2023-04-21 for the official table. */
    public LocalDate firstDate() {
        return lines.stream().map(line -> line.validity().from()).min(Comparator.naturalOrder()).orElseThrow();
    }
}
