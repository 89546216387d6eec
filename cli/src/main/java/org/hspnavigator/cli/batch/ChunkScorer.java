package org.hspnavigator.cli.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.PointTotals;
import org.hspnavigator.formats.profile.CsvCells;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.validation.Violation;

/**
 * Scores a chunk of CSV rows into the text of their output rows (and of the errors file). Runs on
 * the worker threads; holds nothing that changes, so one instance serves them all.
 */
final class ChunkScorer {

    private final CsvProfileColumns columns;
    private final ProfileReader reader;
    private final PointsEngine engine;
    private final Set<Category> categories;
    private final OutputColumns output;
    private final LineDelimiter lineDelimiter;
    private final byte[] lineEnd;
    /** The column of the id, or -1 when the header has none. */
    private final int idColumn;

    ChunkScorer(CsvProfileColumns columns, ProfileReader reader, PointsEngine engine, Set<Category> categories,
            LineDelimiter lineDelimiter) {
        this.columns = columns;
        this.reader = reader;
        this.engine = engine;
        this.categories = categories;
        this.output = new OutputColumns(categories);
        this.lineDelimiter = lineDelimiter;
        this.lineEnd = OutputText.ascii(lineDelimiter.toString());
        this.idColumn = columns.idColumn().orElse(-1);
    }

    ScoredChunk score(RowChunk rows) {
        Texts texts = new Texts(rows.rows());
        CsvProfileColumns.RowReader rowReader = columns.rowReader(reader);
        try (texts) {
            List<Violation> violations = new ArrayList<>();
            for (int i = 0; i < rows.rows(); i++) {
                scoreRow(rowReader, rows.cells(i), rows.line(i), texts, violations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new ScoredChunk(texts.output, texts.errorText.toString(), rows.rows(), texts.invalid);
    }

    /** One row into the texts: its output row, or its error in both the output and the errors file. */
    private void scoreRow(CsvProfileColumns.RowReader rowReader, CsvCells row, long line, Texts texts,
            List<Violation> violations) throws IOException {
        if (row.size() != columns.size()) {
            texts.invalid(id(row), line, "line " + line + ": " + row.size()
                    + (row.size() == 1 ? " cell" : " cells") + ", but the header has " + columns.size()
                    + " columns");
            return;
        }
        violations.clear();
        Optional<Profile> profile = rowReader.read(row, violations);
        if (profile.isEmpty()) {
            texts.invalid(id(row), line, message(line, violations));
            return;
        }
        PointTotals result = engine.totals(profile.get(), categories);
        if (!output.appendScored(texts.output, row, idColumn, line, result, lineEnd)) {
            output.writeScored(texts.csv, id(row), line, result);
            texts.moveOver();
        }
    }

    /** The id passed through: empty when the header has no id column or the row no such cell. */
    private String id(CsvCells row) {
        return idColumn >= 0 && row.size() > idColumn ? row.text(idColumn) : "";
    }

    /**
     * The texts of one chunk: the output rows, and the rows of the errors file. Rows that need the CSV
     * writer (an invalid one, an id to quote) are written through it into a buffer of their own and
     * moved over at once, so that the rows stay in order.
     */
    private final class Texts implements AutoCloseable {

        private final OutputText output;
        private final StringWriter quoted = new StringWriter();
        private final StringWriter errorText = new StringWriter();
        private final CsvWriter csv = writer(quoted);
        private final CsvWriter errors = writer(errorText);
        private int invalid;

        /**
         * Room for 96 bytes a row: a scored row of all three categories takes about 65 with a short id,
         * and with exactly 64 most chunks outgrew the array and copied it into one twice as large.
         */
        Texts(int rows) {
            output = new OutputText(rows * 96);
        }

        void invalid(String id, long line, String error) throws IOException {
            invalid++;
            ChunkScorer.this.output.writeInvalid(csv, id, line, error);
            moveOver();
            errors.writeRecord(id, Long.toString(line), error);
        }

        void moveOver() throws IOException {
            csv.flush();
            StringBuffer buffer = quoted.getBuffer();
            output.append(buffer);
            buffer.setLength(0);
        }

        @Override
        public void close() throws IOException {
            csv.close();
            errors.close();
        }
    }

    /** {@code line 7: degrees.0.level: unknown value "PHD"; ... | birthDate: ...}: every problem of the row. */
    static String message(long line, List<Violation> violations) {
        StringBuilder message = new StringBuilder("line ").append(line).append(": ");
        for (int i = 0; i < violations.size(); i++) {
            if (i > 0) {
                message.append(" | ");
            }
            message.append(violations.get(i).message());
        }
        return message.toString();
    }

    /** Unbuffered: the target is memory already, and a buffer would be made anew for every chunk. */
    private CsvWriter writer(StringWriter target) {
        return CsvWriter.builder().lineDelimiter(lineDelimiter).bufferSize(0).build(target);
    }
}
