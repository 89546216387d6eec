package org.hspnavigator.cli.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
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
    void writeScored(CsvWriter csv, String id, long line, ScoreResult result) {
        CsvWriter.CsvWriterRecord row = csv.writeRecord()
                .writeField(id)
                .writeField(Long.toString(line))
                .writeField(result.referenceDate().toString());
        for (Assessment assessment : result.assessments()) {
            row.writeField(Integer.toString(assessment.points()))
                    .writeField(assessment.eligible() ? "true" : "false");
        }
        row.writeField(result.bestEligibleCategory().map(Category::name).orElse(""))
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
    boolean appendScored(OutputText out, CsvCells row, int idColumn, long line, ScoreResult result,
            byte[] lineDelimiter) {
        boolean hasId = idColumn >= 0 && row.size() > idColumn;
        if (hasId && !plain(row, idColumn)) {
            return false;
        }
        if (hasId) {
            out.append(row, idColumn);
        }
        out.append(',').append(line).append(',').append(result.referenceDate());
        List<Assessment> assessments = result.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment assessment = assessments.get(i);
            out.append(',').append(assessment.points()).append(',').append(assessment.eligible() ? TRUE : FALSE);
        }
        out.append(',');
        Optional<Category> best = result.bestEligibleCategory();
        if (best.isPresent()) {
            out.append(CATEGORY_NAMES[best.get().ordinal()]);
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
