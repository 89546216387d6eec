package org.hspnavigator.formats.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.PointTotals;
import org.hspnavigator.formats.profile.CsvCells;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;

/**
 * Scores rows of a CSV file of profiles, one at a time and in order, into the text of their output rows
 * and of the errors file's rows: for one caller, on one thread (each chunk of a parallel batch has its
 * own). A valid row becomes its points and verdicts; an invalid one its id, line and every problem
 * named by its column, in the output and in the errors file alike. The errors file is for people in a
 * spreadsheet, and so is the output when the layout says so: their text from the input is neutralised
 * there ({@link SpreadsheetText}).
 */
public final class BatchRows {

    private final BatchLayout layout;
    private final CsvProfileColumns.RowReader reader;
    private final PointsEngine engine;
    private final StringBuilder output;
    private final HotLoopRows scoredRows;
    private final CsvWriter outputCsv;
    private final CsvWriter errorsCsv;
    private final List<Violation> violations = new ArrayList<>();
    /** The column of the id, or -1 when the header has none. */
    private final int idColumn;

    BatchRows(BatchLayout layout, ProfileReader reader, PointsEngine engine, StringBuilder output,
            StringBuilder errors) {
        this.layout = layout;
        this.reader = layout.columns().rowReader(reader);
        this.engine = engine;
        this.output = output;
        this.scoredRows = new HotLoopRows(layout.lineDelimiter(), layout.outputForSpreadsheet());
        this.outputCsv = OutputColumns.writer(output, layout.lineDelimiter());
        this.errorsCsv = OutputColumns.writer(errors, layout.lineDelimiter());
        this.idColumn = layout.columns().idColumn().orElse(-1);
    }

    /**
     * Appends the output row of {@code row}, which starts on line {@code line} of the file, and for an
     * invalid row also its row of the errors file; whether the row was valid.
     */
    public boolean score(CsvCells row, long line) {
        if (row.size() != layout.columns().size()) {
            invalid(id(row), line, cellCount(line, row.size(), layout.columns().size()).english());
            return false;
        }
        violations.clear();
        Optional<Profile> profile = reader.read(row, violations);
        if (profile.isEmpty()) {
            invalid(id(row), line, message(line, violations));
            return false;
        }
        PointTotals totals = engine.totals(profile.get(), layout.categories());
        if (!scoredRows.append(output, row, idColumn, line, totals)) {
            layout.output().writeScored(outputCsv, forOutput(id(row)), line, totals);
        }
        return true;
    }

    private void invalid(String id, long line, String error) {
        layout.output().writeInvalid(outputCsv, forOutput(id), line, forOutput(error));
        errorsCsv.writeRecord(SpreadsheetText.neutralised(id), Long.toString(line), SpreadsheetText.neutralised(error));
    }

    /** Text from the input as the output holds it: neutralised when the output is for a spreadsheet. */
    private String forOutput(String text) {
        return layout.outputForSpreadsheet() ? SpreadsheetText.neutralised(text) : text;
    }

    /** The id passed through: empty when the header has no id column or the row no such cell. */
    private String id(CsvCells row) {
        return idColumn >= 0 && row.size() > idColumn ? row.text(idColumn) : "";
    }

    /**
     * {@code line 7: degrees.0.level: unknown value "PHD"; ... | birthDate: ...}: every problem of the row,
     * as the error column of {@code hsp batch} and the workspace's CSV import give it.
     */
    public static String message(long line, List<Violation> violations) {
        return problem(line, violations).english();
    }

    /** Every problem of the row on {@code line}, as {@link #message} words them in English. */
    public static Problem problem(long line, List<Violation> violations) {
        return Problem.of("csv.line", line, joined(violations, 0));
    }

    /** The problem of a row whose number of cells is not the header's. */
    public static Problem cellCount(long line, int cells, int columns) {
        return Problem.of("csv.line", line, Problem.of(cells == 1 ? "csv.cells.one" : "csv.cells.many", cells, columns));
    }

    /** The violations from {@code from} on: {@code a | b | c}. */
    private static Object joined(List<Violation> violations, int from) {
        return from == violations.size() - 1 ? violations.get(from)
                : Problem.of("csv.problems", violations.get(from), joined(violations, from + 1));
    }
}
