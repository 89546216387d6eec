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

    /** Names the degree that scores, recomputed: only an explanation needs it. */
    private static final Explanation WHY = (context, category, row) -> {
        List<Degree> degrees = context.profile().degrees();
        return why(degrees.get(bestDegree(context, category)), degrees.size());
    };

    @Override
    public CriterionId id() {
        return CriterionId.EDUCATION;
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        int best = bestDegree(context, category);
        if (best >= 0) {
            findings.award(row(context, category, context.profile().degrees().get(best)).orElseThrow(), WHY);
        }
    }

    /** The index of the degree that scores most, the first of equals; -1 when none scores. */
    private static int bestDegree(ScoringContext context, Category category) {
        int best = -1;
        int bestPoints = 0;
        List<Degree> degrees = context.profile().degrees();
        for (int i = 0; i < degrees.size(); i++) { // by index: no iterator to allocate
            Optional<PointRow> row = row(context, category, degrees.get(i));
            if (row.isPresent() && (best < 0 || row.get().points() > bestPoints)) {
                best = i;
                bestPoints = row.get().points();
            }
        }
        return best;
    }

    private static Optional<PointRow> row(ScoringContext context, Category category, Degree degree) {
        return context.rules().education(category, degree.level().tier());
    }

    private static Message why(Degree degree, int degreesHeld) {
        String level = degree.level().name();
        Optional<String> field = degree.field();
        return field.isPresent()
                ? Message.of("item.education", level, degreesHeld, field.get())
                : Message.of("item.education.noField", level, degreesHeld);
    }
}
