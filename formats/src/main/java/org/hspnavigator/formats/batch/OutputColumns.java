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
import org.hspnavigator.formats.profile.CsvCells;

/**
 * The columns of the batch output: {@code id}, {@code line}, {@code referenceDate}, then points and
 * eligibility per category assessed ({@code SPECIALIZED_TECHNICAL.points}, {@code ….eligible}),
 * {@code bestCategory} and {@code error}. A scored row leaves {@code error} empty; an invalid row has
 * only its id, line and error.
 */
final class OutputColumns {

    private final List<Category> categories;
    private final String lineEnd;

    OutputColumns(Set<Category> categories, LineDelimiter lineDelimiter) {
        this.categories = List.copyOf(categories);
        this.lineEnd = lineDelimiter.toString();
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

    /**
     * Appends a scored row, the categories in the order of {@link Category} as in the header. Every field
     * but the id is a number, a boolean, a date or a constant name, which CSV never quotes, so the row is
     * appended as it is; returns false, appending nothing, when the id might need quoting: that row is
     * for {@link #writeScored}.
     *
     * @param idColumn the row's cell holding the id, or -1 for none (an empty id)
     */
    boolean appendScored(StringBuilder out, CsvCells row, int idColumn, long line, PointTotals result) {
        boolean hasId = idColumn >= 0;
        if (hasId && !plain(row, idColumn)) {
            return false;
        }
        if (hasId) {
            row.appendTo(out, idColumn);
        }
        out.append(',').append(line).append(',').append(result.referenceDate());
        for (int i = 0; i < result.size(); i++) {
            out.append(',').append(result.points(i)).append(',').append(result.eligible(i));
        }
        out.append(',');
        int best = result.bestIndex();
        if (best >= 0) {
            out.append(result.category(best).name());
        }
        out.append(',').append(lineEnd);
        return true;
    }

    /** A scored row through the CSV writer, which quotes the id as it needs. */
    void writeScored(CsvWriter csv, String id, long line, PointTotals result) {
        CsvWriter.CsvWriterRecord row = csv.writeRecord()
                .writeField(id)
                .writeField(Long.toString(line))
                .writeField(result.referenceDate().toString());
        for (int i = 0; i < result.size(); i++) {
            row.writeField(Integer.toString(result.points(i)))
                    .writeField(result.eligible(i) ? "true" : "false");
        }
        row.writeField(result.bestCategory().map(Category::name).orElse(""))
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

    /**
     * A cell CSV writes as it is: none of the separator, the quote, a line break, or the comment sign that
     * is quoted at the start of a record (and anywhere here, to stay on the safe side).
     */
    private static boolean plain(CsvCells row, int cell) {
        int length = row.length(cell);
        for (int i = 0; i < length; i++) {
            char c = row.charAt(cell, i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '#') {
                return false;
            }
        }
        return true;
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
