package org.hspnavigator.web.workspace;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;

/**
 * The errors of a refused CSV line as the import page writes them next to that line: one text per problem
 * of the row, without the line's number, which the row itself shows. {@code hsp batch} writes a row's
 * problems as one text ({@code line 3: referenceDate: ... | annualSalaryYen: ...}) for its error column;
 * beside the row a consultant reads them better one under the other.
 */
final class RowErrorTexts {

    private static final String LINE = "csv.line";
    private static final String MORE = "csv.problems";

    private RowErrorTexts() {
    }

    /** Each problem of {@code problem}, the error of one line, in {@code language}. */
    static List<String> of(Problem problem, Language language) {
        List<String> texts = new ArrayList<>();
        if (problem.key().equals(LINE) && problem.arguments().size() == 2) {
            addEach(problem.arguments().get(1), language, texts);
        } else {
            texts.add(problem.text(language));
        }
        return texts;
    }

    private static void addEach(Object part, Language language, List<String> texts) {
        if (part instanceof Problem more && more.key().equals(MORE)) {
            for (Object each : more.arguments()) {
                addEach(each, language, texts);
            }
        } else if (part instanceof Problem single) {
            texts.add(single.text(language));
        } else if (part instanceof Violation violation) {
            texts.add(violation.message(language));
        } else {
            texts.add(String.valueOf(part));
        }
    }
}
