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

    public AcademicBackground() {
        super(CriterionId.EDUCATION);
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        RuleSet rules = context.rules();
        List<Degree> degrees = context.profile().degrees();
        Degree best = null;
        PointRow bestRow = null;
        for (int i = 0; i < degrees.size(); i++) { // by index: no iterator to allocate
            Optional<PointRow> row = rules.education(category, degrees.get(i).level().tier());
            // The first of equals counts: only a strictly better degree replaces it.
            if (row.isPresent() && (bestRow == null || row.get().points() > bestRow.points())) {
                best = degrees.get(i);
                bestRow = row.get();
            }
        }
        if (best != null) {
            findings.award(bestRow, why(best, degrees.size()));
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
