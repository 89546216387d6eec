package org.hspnavigator.cli.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.Explanations;

/**
 * The readable form of a score: per category, one line per item (official term · translation, points,
 * why), the total with the verdict, the notes and whether J-Skip criteria are met; then the best category.
 */
final class ScoreTable {

    private static final String NL = System.lineSeparator();
    private static final int POINTS_WIDTH = 8;

    private final Explanations explanations;
    private final CommandTexts texts;

    ScoreTable(Explanations explanations) {
        this.explanations = explanations;
        this.texts = new CommandTexts(explanations.language());
    }

    /** The heading of one applicant among several: "Applicant 2 of 4: A-001". */
    String applicantHeading(long number, long total, String label) {
        return texts.text("score.applicant", Long.toString(number), Long.toString(total), label);
    }

    String render(ScoreResult result) {
        return render(result, Map.of());
    }

    /** The table with a J-Skip line under each category found in {@code jSkip} (docs/rules.md §13). */
    String render(ScoreResult result, Map<Category, JSkipVerdict> jSkip) {
        StringBuilder text = new StringBuilder();
        // The rule set is named by the date it took effect (its id), written as the language writes dates.
        text.append(texts.text("score.header", texts.date(result.referenceDate()),
                texts.date(result.ruleSet().validity().from()),
                Integer.toString(result.age()))).append(NL);
        for (Assessment assessment : result.assessments()) {
            text.append(NL);
            renderAssessment(assessment, text);
            JSkipVerdict verdict = jSkip.get(assessment.category());
            if (verdict != null) {
                text.append("  ").append(texts.text("score.jSkip", explanations.text(verdict.basis()))).append(NL);
            }
        }
        text.append(NL).append(result.bestEligibleCategory()
                .map(best -> texts.text("score.best", explanations.categoryInText(best),
                        Integer.toString(result.assessment(best).orElseThrow().points())))
                .orElseGet(() -> texts.text("score.best.none"))).append(NL);
        return text.toString();
    }

    private void renderAssessment(Assessment assessment, StringBuilder text) {
        text.append(explanations.categoryHeading(assessment.category())).append(NL);
        List<String[]> rows = new ArrayList<>();
        for (Item item : assessment.items()) {
            rows.add(new String[] {
                explanations.criterionName(item.criterion()),
                Integer.toString(item.points()),
                explanations.text(item.explanation())
            });
        }
        rows.add(new String[] {texts.text("score.total"), Integer.toString(assessment.points()),
            explanations.verdict(assessment)});
        String itemHeading = texts.text("score.item");
        int labelWidth = DisplayWidth.of(itemHeading);
        for (String[] row : rows) {
            labelWidth = Math.max(labelWidth, DisplayWidth.of(row[0]));
        }
        text.append("  ").append(DisplayWidth.padRight(itemHeading, labelWidth))
                .append(DisplayWidth.padLeft(texts.text("score.points"), POINTS_WIDTH)).append("  ")
                .append(texts.text("score.why")).append(NL);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (i == rows.size() - 1) {
                text.append("  ").append("-".repeat(labelWidth + POINTS_WIDTH)).append(NL);
            }
            text.append("  ").append(DisplayWidth.padRight(row[0], labelWidth))
                    .append(DisplayWidth.padLeft(row[1], POINTS_WIDTH)).append("  ").append(row[2]).append(NL);
        }
        for (Message note : assessment.notes()) {
            text.append("  ").append(texts.text("score.note", explanations.text(note))).append(NL);
        }
    }
}
