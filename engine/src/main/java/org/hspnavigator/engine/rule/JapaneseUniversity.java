package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * 本邦の大学を卒業又は大学院の課程を修了 (graduated from a Japanese university or completed a Japanese
 * graduate course with a degree), docs/rules.md §9; any degree level. Stacks with the N1 tier and with
 * the designated-university item, but excludes the N2 tier and Innovative Asia training taken at a
 * Japanese university, which ask {@link #isAwarded}.
 */
public final class JapaneseUniversity extends ProfileFactAddition {

    private static final Explanation WHY = (context, row) -> Message.of("item.japaneseUniversity",
            context.degrees().firstInJapan().orElseThrow().level().name());

    public JapaneseUniversity() {
        super(CriterionId.JAPANESE_UNIVERSITY);
    }

    @Override
    boolean isMet(ScoringContext context) {
        return context.degrees().firstInJapan().isPresent();
    }

    @Override
    void award(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        sink.award(row, WHY);
    }

    /** Whether this item scores points in the category on the context's date. */
    static boolean isAwarded(ScoringContext context, Category category) {
        if (context.degrees().firstInJapan().isEmpty()) {
            return false;
        }
        Optional<PointRow> row = context.rules().addition(CriterionId.JAPANESE_UNIVERSITY, category);
        return row.isPresent() && row.get().points() > 0;
    }
}
