package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;

/**
 * One item of the point tables (points.md §3): decides the points a profile earns for it in a category.
 * An abstract class rather than an interface: the engine calls some sixty criteria per profile through
 * it, and a class's method is found faster than an interface's.
 */
public abstract class Criterion {

    public abstract CriterionId id();

    /**
     * Reports the item this criterion contributes in the category, if any. A criterion without a
     * table row for the category on the date reports nothing (it does not exist there); one that the
     * applicant claims but that does not count reports a 0-point item or a note saying why.
     */
    public abstract void evaluate(ScoringContext context, Category category, Findings findings);

    /**
     * Whether {@link #evaluate} could report anything for the profile in some category. False only
     * where the criterion is sure to report nothing in any category, from facts of the profile alone (an
     * addition not met that has nothing to say about it). The engine's totals then skip it for the
     * profile: a profile meets few of the additions, and a batch totals millions of profiles. True unless
     * a criterion knows better.
     */
    public boolean mayReport(ScoringContext context) {
        return true;
    }
}
