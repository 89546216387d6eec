package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;

/**
 * One item of the point tables (docs/rules.md §2 to §9): decides the item a profile earns for it in each
 * category and why. An abstract class rather than an interface: the engine calls twenty criteria per
 * profile through it, and a class's method is found faster than an interface's.
 */
public abstract class Criterion {

    private final CriterionId id;

    Criterion(CriterionId id) {
        this.id = id;
    }

    public final CriterionId id() {
        return id;
    }

    /**
     * Reports this criterion's items for the profile, each category's into that category's findings.
     * Each category is decided on its own, unless a criterion can decide once for all of them (an
     * addition whose unmet condition is a fact of the profile says nothing anywhere).
     */
    public void evaluate(ScoringContext context, Findings[] categories) {
        for (Findings findings : categories) {
            evaluate(context, findings.category(), findings);
        }
    }

    /**
     * Reports the item this criterion contributes in one category, with its explanation, if any. A
     * criterion without a table row for the category on the date reports nothing (it does not exist
     * there); one that the applicant claims but that does not count reports a 0-point item or a note
     * saying why.
     */
    protected abstract void evaluate(ScoringContext context, Category category, Findings findings);
}
