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
import org.hspnavigator.formats.text.Explanations;

/**
 * The readable form of a score: per category, one line per item (official term · English, points,
 * why), the total with the verdict, the notes and whether J-Skip criteria are met; then the best category.
 */
final class ScoreTable {

    private static final String NL = System.lineSeparator();

    private final Explanations explanations;

    ScoreTable(Explanations explanations) {
        this.explanations = explanations;
    }

    String render(ScoreResult result) {
        return render(result, Map.of());
    }

    /** The table with a J-Skip line under each category found in {@code jSkip} (docs/rules.md §13). */
    String render(ScoreResult result, Map<Category, JSkipVerdict> jSkip) {
        StringBuilder text = new StringBuilder();
        text.append("Points as of ").append(result.referenceDate()).append(" (rules in force since ")
                .append(result.ruleSet().id()).append("), age ").append(result.age()).append(NL);
        for (Assessment assessment : result.assessments()) {
            text.append(NL);
            renderAssessment(assessment, text);
            JSkipVerdict verdict = jSkip.get(assessment.category());
            if (verdict != null) {
                text.append("  J-Skip: ").append(explanations.text(verdict.basis())).append(NL);
            }
        }
        text.append(NL).append("Best category: ").append(result.bestEligibleCategory()
                .map(best -> best + " (" + result.assessment(best).orElseThrow().points() + " points)")
                .orElse("none: no category assessed is eligible")).append(NL);
        return text.toString();
    }

    private void renderAssessment(Assessment assessment, StringBuilder text) {
        text.append(assessment.category().name()).append(" — ").append(assessment.category().officialName())
                .append(" (").append(assessment.category().englishName()).append(")").append(NL);
        List<String[]> rows = new ArrayList<>();
        for (Item item : assessment.items()) {
            rows.add(new String[] {
                item.criterion().japaneseTerm() + " · " + item.criterion().englishName(),
                Integer.toString(item.points()),
                explanations.text(item.explanation())
            });
        }
        rows.add(new String[] {"Total", Integer.toString(assessment.points()), explanations.verdict(assessment)});
        int labelWidth = DisplayWidth.of("Item");
        for (String[] row : rows) {
            labelWidth = Math.max(labelWidth, DisplayWidth.of(row[0]));
        }
        text.append("  ").append(DisplayWidth.padRight("Item", labelWidth)).append("  Points  Why").append(NL);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (i == rows.size() - 1) {
                text.append("  ").append("-".repeat(labelWidth + 8)).append(NL);
            }
            text.append("  ").append(DisplayWidth.padRight(row[0], labelWidth))
                    .append(DisplayWidth.padLeft(row[1], 8)).append("  ").append(row[2]).append(NL);
        }
        for (Message note : assessment.notes()) {
            text.append("  note: ").append(explanations.text(note)).append(NL);
        }
    }
}
