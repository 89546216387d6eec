package org.hspnavigator.cli.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointTotals;

/**
 * The columns of the batch output: {@code id}, {@code line}, {@code referenceDate}, then points and
 * eligibility per category assessed ({@code SPECIALIZED_TECHNICAL.points}, {@code ….eligible}),
 * {@code bestCategory} and {@code error}. A scored row leaves {@code error} empty; an invalid row has
 * only its id, line and error.
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
     */
    boolean appendScored(StringBuilder out, String id, long line, PointTotals result, String lineDelimiter) {
        if (!plain(id)) {
            return false;
        }
        out.append(id).append(',').append(line).append(',');
        appendDate(out, result.referenceDate());
        for (int i = 0; i < result.size(); i++) {
            out.append(',').append(result.points(i)).append(',').append(result.eligible(i));
        }
        out.append(',');
        result.bestCategory().ifPresent(best -> out.append(best.name()));
        out.append(',').append(lineDelimiter);
        return true;
    }

    /**
     * Text CSV writes as it is: none of the separator, the quote, a line break, or the comment sign that
     * is quoted at the start of a record (and anywhere here, to stay on the safe side).
     */
    private static boolean plain(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '#') {
                return false;
            }
        }
        return true;
    }

    /** {@code YYYY-MM-DD} as {@link LocalDate#toString()} writes a date of years 1000 to 9999. */
    private static void appendDate(StringBuilder out, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            out.append(date);
            return;
        }
        out.append(year).append(date.getMonthValue() < 10 ? "-0" : "-").append(date.getMonthValue())
                .append(date.getDayOfMonth() < 10 ? "-0" : "-").append(date.getDayOfMonth());
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
