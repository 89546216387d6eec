package org.hspnavigator.formats.batch;

import de.siegmar.fastcsv.writer.LineDelimiter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.validation.InvalidInputException;

/**
 * The layout of a batch: the columns of its CSV file of profiles, read from the header, and those of
 * its output and errors file. Known before any rule is loaded, so that a bad header is refused at once;
 * holds nothing that changes, so that one instance serves every thread.
 */
public final class BatchLayout {

    private final CsvProfileColumns columns;
    private final Set<Category> categories;
    private final OutputColumns output;
    private final LineDelimiter lineDelimiter;
    private final boolean outputForSpreadsheet;

    private BatchLayout(CsvProfileColumns columns, Set<Category> categories, LineDelimiter lineDelimiter,
            boolean outputForSpreadsheet) {
        this.columns = columns;
        this.categories = categories;
        this.output = new OutputColumns(categories);
        this.lineDelimiter = lineDelimiter;
        this.outputForSpreadsheet = outputForSpreadsheet;
    }

    /**
     * The layout of a file with {@code header} whose rows are assessed in {@code categories}, its output
     * lines ended by {@code lineDelimiter}.
     *
     * @throws InvalidInputException every unknown, duplicate or unnamed column of the header, each
     *                               violation named by the column
     */
    public static BatchLayout of(List<String> header, Set<Category> categories, LineDelimiter lineDelimiter)
            throws InvalidInputException {
        return of(header, categories, lineDelimiter, false);
    }

    /**
     * As {@link #of(List, Set, LineDelimiter)}; when {@code outputForSpreadsheet}, the output's text from
     * the input is also made safe to open in a spreadsheet, as the errors file's always is
     * ({@link SpreadsheetText}).
     */
    public static BatchLayout of(List<String> header, Set<Category> categories, LineDelimiter lineDelimiter,
            boolean outputForSpreadsheet) throws InvalidInputException {
        return new BatchLayout(CsvProfileColumns.of(header), EnumSet.copyOf(categories), lineDelimiter,
                outputForSpreadsheet);
    }

    /**
     * The header of the output: {@code id}, {@code line}, {@code referenceDate}, points and eligibility per
     * category, {@code bestCategory}, {@code error}.
     */
    public List<String> outputHeader() {
        return output.header();
    }

    /** The header of the errors file: one row per invalid input row. */
    public static List<String> errorsHeader() {
        return OutputColumns.errorsHeader();
    }

    /** Appends the output's header row as CSV. */
    public void appendOutputHeader(StringBuilder text) {
        OutputColumns.appendRecord(text, output.header(), lineDelimiter);
    }

    /** Appends the errors file's header row as CSV. */
    public void appendErrorsHeader(StringBuilder text) {
        OutputColumns.appendRecord(text, errorsHeader(), lineDelimiter);
    }

    /**
     * Appends an output row that stands for no input row but for the input as a whole after {@code line}
     * (a limit reached, text that stopped being readable): written as an invalid row is, its words in the
     * error column, so that a reader of the output sees it where it looks for the problems of rows.
     */
    public void appendInvalidRow(StringBuilder text, long line, String error) {
        output.writeInvalid(OutputColumns.writer(text, lineDelimiter), "", line, error);
    }

    /**
     * Scores rows, each read by {@code reader} and assessed by {@code engine}, into {@code output} and,
     * for the invalid ones, also into {@code errors}.
     */
    public BatchRows rows(ProfileReader reader, PointsEngine engine, StringBuilder output, StringBuilder errors) {
        return new BatchRows(this, reader, engine, output, errors);
    }

    CsvProfileColumns columns() {
        return columns;
    }

    Set<Category> categories() {
        return categories;
    }

    OutputColumns output() {
        return output;
    }

    /** Whether the output is written for a spreadsheet, its text from the input neutralised. */
    boolean outputForSpreadsheet() {
        return outputForSpreadsheet;
    }

    LineDelimiter lineDelimiter() {
        return lineDelimiter;
    }
}
