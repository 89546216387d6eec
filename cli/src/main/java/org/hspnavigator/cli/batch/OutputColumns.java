package org.hspnavigator.cli.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

    private static final byte[] TRUE = OutputText.ascii("true");
    private static final byte[] FALSE = OutputText.ascii("false");
    private static final byte[][] CATEGORY_NAMES = Stream.of(Category.values())
            .map(category -> OutputText.ascii(category.name())).toArray(byte[][]::new);

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

    /** The categories come in the order of {@link Category}, one per category asked for, as the header. */
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

    /**
     * Appends a scored row as {@link #writeScored} writes it, without going through the CSV writer, as
     * every field but the id is a number, a boolean, a date or a constant name, which CSV never quotes.
     * Returns false, appending nothing, when the id might need quoting: that row goes to the writer.
     *
     * @param idColumn the row's cell holding the id, or -1 for none (an empty id)
     */
    boolean appendScored(OutputText out, CsvCells row, int idColumn, long line, PointTotals result,
            byte[] lineDelimiter) {
        boolean hasId = idColumn >= 0 && row.size() > idColumn;
        if (hasId && !plain(row, idColumn)) {
            return false;
        }
        if (hasId) {
            out.append(row, idColumn);
        }
        out.append(',').append(line).append(',').append(result.referenceDate());
        for (int i = 0; i < result.size(); i++) {
            out.append(',').append(result.points(i)).append(',').append(result.eligible(i) ? TRUE : FALSE);
        }
        out.append(',');
        int best = result.bestIndex();
        if (best >= 0) {
            out.append(CATEGORY_NAMES[result.category(best).ordinal()]);
        }
        out.append(',').append(lineDelimiter);
        return true;
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

    /** The errors file: one row per invalid input row, with the same message as the output. */
    static List<String> errorsHeader() {
        return List.of("id", "line", "error");
    }
}
