package org.hspnavigator.formats.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointTotals;

/**
 * The columns of the batch output: {@code id}, {@code line}, {@code referenceDate}, then points and
 * eligibility per category assessed ({@code SPECIALIZED_TECHNICAL.points}, {@code ….eligible}),
 * {@code bestCategory} and {@code error}. A scored row leaves {@code error} empty; an invalid row has
 * only its id, line and error. Rows go through FastCSV's writer, which quotes what CSV must quote; the
 * scored rows whose id needs no quoting, nearly all of them, are appended by {@link HotLoopRows}.
 */
final class OutputColumns {

    private final List<Category> categories;

    OutputColumns(Set<Category> categories) {
        this.categories = List.copyOf(categories);
    }

    List<String> header() {
        List<String> header = new ArrayList<>(List.of("id", "line", "referenceDate"));
        for (Category category : categories) {
            header.add(category.name() + ".points");
            header.add(category.name() + ".eligible");
        }
        header.add("bestCategory");
        header.add("error");
        return header;
    }

    /** The errors file: one row per invalid input row, with the same message as the output. */
    static List<String> errorsHeader() {
        return List.of("id", "line", "error");
    }

    /** A scored row through the CSV writer, which quotes the id as it needs. */
    void writeScored(CsvWriter csv, String id, long line, PointTotals totals) {
        CsvWriter.CsvWriterRecord row = csv.writeRecord()
                .writeField(id)
                .writeField(Long.toString(line))
                .writeField(totals.referenceDate().toString());
        for (int i = 0; i < totals.count(); i++) {
            row.writeField(Integer.toString(totals.points(i)))
                    .writeField(totals.eligible(i) ? "true" : "false");
        }
        row.writeField(totals.bestEligibleCategory().map(Category::name).orElse(""))
                .writeField("")
                .endRecord();
    }

    void writeInvalid(CsvWriter csv, String id, long line, String error) {
        CsvWriter.CsvWriterRecord row = csv.writeRecord()
                .writeField(id)
                .writeField(Long.toString(line))
                .writeField("");
        for (int i = 0; i < categories.size(); i++) {
            row.writeField("").writeField("");
        }
        row.writeField("").writeField(error).endRecord();
    }

    /** Appends one record of texts as CSV. */
    static void appendRecord(StringBuilder text, List<String> fields, LineDelimiter lineDelimiter) {
        try (CsvWriter csv = writer(text, lineDelimiter)) {
            csv.writeRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException("appending to memory cannot fail", e);
        }
    }

    /** A CSV writer that appends to {@code text} at once, so that its records and rows appended directly stay in order. */
    static CsvWriter writer(StringBuilder text, LineDelimiter lineDelimiter) {
        return CsvWriter.builder().lineDelimiter(lineDelimiter).bufferSize(0).build(new AppendingWriter(text));
    }
}
