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
        StringWriter text = new StringWriter(rows.size() * 64);
        StringWriter errorText = new StringWriter();
        int invalid = 0;
        try (CsvWriter csv = writer(text); CsvWriter errors = writer(errorText)) {
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
                        output.writeScored(csv, id, line, engine.score(profile.get(), categories));
                    } else {
                        error = message(line, violations);
                    }
                }
                if (error != null) {
                    invalid++;
                    output.writeInvalid(csv, id, line, error);
                    errors.writeRecord(id, Long.toString(line), error);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new ScoredChunk(text.toString(), errorText.toString(), rows.size(), invalid);
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

    private CsvWriter writer(StringWriter target) {
        return CsvWriter.builder().lineDelimiter(lineDelimiter).build(target);
    }
}
