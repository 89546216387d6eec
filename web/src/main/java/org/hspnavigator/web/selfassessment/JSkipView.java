package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Category;

/**
 * 特別高度人材 (J-Skip, docs/rules.md §13) for the answers: per category whether its criteria are met on
 * the reference date, and why, as {@code hsp score} explains them.
 *
 * @param rows one per category, in the order of {@link Category}
 */
record JSkipView(List<Row> rows) {

    /**
     * One category.
     *
     * @param category the category ({@code SPECIALIZED_TECHNICAL})
     * @param met      whether the criteria are met
     * @param basis    the line met or what is missing, in words
     */
    record Row(String category, boolean met, String basis) {
    }

    /** The verdicts {@code hsp score} gives ({@code jSkip} of the assessment JSON), in words. */
    static JSkipView of(Map<Category, JSkipVerdict> verdicts, EngineTexts texts) {
        List<Row> rows = new ArrayList<>();
        for (Category category : Category.values()) {
            JSkipVerdict verdict = verdicts.get(category);
            rows.add(new Row(category.name(), verdict.met(), texts.text(verdict.basis())));
        }
        return new JSkipView(List.copyOf(rows));
    }

    /** Whether any category meets the criteria. */
    public boolean anyMet() {
        return rows.stream().anyMatch(Row::met);
    }
}
