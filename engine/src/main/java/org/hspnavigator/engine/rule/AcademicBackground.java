package org.hspnavigator.engine.rule;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.table.PointRow;

/**
 * 学歴 (academic background), points.md §3.1; ordinance art. 1. The single best tier counts, and
 * "best" is decided per category: a doctorate with an MBA scores 30 in specialized/technical (the
 * doctorate) but 25 in business management (the MBA).
 */
public final class AcademicBackground extends Criterion {

    @Override
    public CriterionId id() {
        return CriterionId.EDUCATION;
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        PointRow best = null;
        Degree bestDegree = null;
        List<Degree> degrees = context.profile().degrees();
        for (int i = 0; i < degrees.size(); i++) { // by index: no iterator to allocate
            Degree degree = degrees.get(i);
            Optional<PointRow> row = context.rules().education(category, degree.level().tier());
            if (row.isPresent() && (best == null || row.get().points() > best.points())) {
                best = row.get();
                bestDegree = degree;
            }
        }
        if (best != null) {
            Degree awarded = bestDegree;
            findings.award(best, () -> why(awarded, degrees.size()));
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
