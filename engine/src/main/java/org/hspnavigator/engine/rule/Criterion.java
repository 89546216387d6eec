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
}
