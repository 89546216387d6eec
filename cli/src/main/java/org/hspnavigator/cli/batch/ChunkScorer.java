package org.hspnavigator.cli.batch;

import de.siegmar.fastcsv.reader.CsvRecord;
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
import org.hspnavigator.engine.scoring.ScoreResult;
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

    ChunkScorer(CsvProfileColumns columns, ProfileReader reader, PointsEngine engine, Set<Category> categories,
            LineDelimiter lineDelimiter) {
        this.columns = columns;
        this.reader = reader;
        this.engine = engine;
        this.categories = categories;
        this.output = new OutputColumns(categories);
        this.lineDelimiter = lineDelimiter;
    }

    ScoredChunk score(List<CsvRecord> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        StringWriter errorText = new StringWriter();
        int invalid = 0;
        // Rows that need the CSV writer (an invalid one, an id to quote) are written through it into
        // their own buffer and moved over at once, so that the rows stay in order.
        StringWriter quoted = new StringWriter();
        try (CsvWriter csv = writer(quoted); CsvWriter errors = writer(errorText)) {
            List<Violation> violations = new ArrayList<>();
            for (CsvRecord row : rows) {
                long line = row.getStartingLineNumber();
                String id = columns.idColumn().isPresent() && row.getFieldCount() > columns.idColumn().getAsInt()
                        ? row.getField(columns.idColumn().getAsInt()) : "";
                String error = null;
                if (row.getFieldCount() != columns.size()) {
                    error = "line " + line + ": " + row.getFieldCount() + (row.getFieldCount() == 1 ? " cell" : " cells")
                            + ", but the header has " + columns.size() + " columns";
                } else {
                    violations.clear();
                    Optional<Profile> profile = columns.read(reader, row.getFields(), violations);
                    if (profile.isPresent()) {
                        ScoreResult result = engine.score(profile.get(), categories);
                        if (!output.appendScored(text, id, line, result, lineDelimiter.toString())) {
                            output.writeScored(csv, id, line, result);
                            moveOver(csv, quoted, text);
                        }
                    } else {
                        error = message(line, violations);
                    }
                }
                if (error != null) {
                    invalid++;
                    output.writeInvalid(csv, id, line, error);
                    moveOver(csv, quoted, text);
                    errors.writeRecord(id, Long.toString(line), error);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new ScoredChunk(text.toString(), errorText.toString(), rows.size(), invalid);
    }

    private static void moveOver(CsvWriter csv, StringWriter written, StringBuilder text) throws IOException {
        csv.flush();
        StringBuffer buffer = written.getBuffer();
        text.append(buffer);
        buffer.setLength(0);
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
