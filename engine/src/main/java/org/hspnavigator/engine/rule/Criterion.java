package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;

/** One item of the point tables (points.md §3): decides the points a profile earns for it in a category. */
public interface Criterion {

    CriterionId id();

    /**
     * Reports the item this criterion contributes in the category, if any. A criterion without a
     * table row for the category on the date reports nothing (it does not exist there); one that the
     * applicant claims but that does not count reports a 0-point item or a note saying why.
     */
    void evaluate(ScoringContext context, Category category, Findings findings);
}
