package org.hspnavigator.engine.rule;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;

/**
 * 学歴 (academic background), docs/rules.md §2; HSP ordinance art. 1. The single best tier counts, and
 * "best" is decided per category: a doctorate with an MBA scores 30 in specialized/technical (the
 * doctorate) but 25 in business management (the MBA).
 */
public final class AcademicBackground extends Criterion {

    /** Names the degree that scored: the first whose tier has the row awarded. */
    private static final Explanation WHY = (context, row) -> {
        List<Degree> degrees = context.profile().degrees();
        for (int i = 0; i < degrees.size(); i++) {
            Optional<PointRow> tierRow = context.rules().education(row.category(), degrees.get(i).level().tier());
            if (tierRow.isPresent() && tierRow.get() == row) {
                return why(degrees.get(i), degrees.size());
            }
        }
        throw new IllegalStateException("no degree has the row " + row.option());
    };

    public AcademicBackground() {
        super(CriterionId.EDUCATION);
    }

    @Override
    protected void evaluate(ScoringContext context, Category category, PointsSink sink) {
        RuleSet rules = context.rules();
        List<Degree> degrees = context.profile().degrees();
        PointRow bestRow = null;
        for (int i = 0; i < degrees.size(); i++) { // by index: no iterator to allocate
            Optional<PointRow> row = rules.education(category, degrees.get(i).level().tier());
            // The first of equals counts: only a strictly better degree replaces it.
            if (row.isPresent() && (bestRow == null || row.get().points() > bestRow.points())) {
                bestRow = row.get();
            }
        }
        if (bestRow != null) {
            sink.award(bestRow, WHY);
        }
    }

    private static Message why(Degree degree, int degreesHeld) {
        String level = degree.level().name();
        Optional<String> field = degree.field();
        return field.isPresent()
                ? Message.of("item.education", level, degreesHeld, field.get())
                : Message.of("item.education.noField", level, degreesHeld);
    }
}
