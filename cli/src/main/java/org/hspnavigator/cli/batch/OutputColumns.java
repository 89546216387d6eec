package org.hspnavigator.cli.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;

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

    /** The assessments come in the order of {@link Category}, one per category asked for, as the header. */
    void writeScored(CsvWriter csv, String id, long line, ScoreResult result) {
        CsvWriter.CsvWriterRecord row = csv.writeRecord()
                .writeField(id)
                .writeField(Long.toString(line))
                .writeField(result.referenceDate().toString());
        for (Assessment assessment : result.assessments()) {
            row.writeField(Integer.toString(assessment.points()))
                    .writeField(assessment.eligible() ? "true" : "false");
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

    /** The errors file: one row per invalid input row, with the same message as the output. */
    static List<String> errorsHeader() {
        return List.of("id", "line", "error");
    }
}
