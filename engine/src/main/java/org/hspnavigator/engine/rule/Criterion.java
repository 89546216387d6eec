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
     * Puts this criterion's items for the profile into the sink, category by category; nothing at all
     * when the profile states nothing the criterion scores or explains ({@link #concerns}).
     */
    public final void evaluate(ScoringContext context, Category[] categories, PointsSink sink) {
        if (concerns(context)) {
            for (Category category : categories) {
                evaluate(context, category, sink);
            }
        }
    }

    /**
     * Whether the profile states anything this criterion could score or explain in some category. A
     * criterion whose answer is a plain fact of the profile (no SME, no Japanese test) says no here,
     * once per profile, rather than finding nothing in each category: most profiles concern few of
     * the additions.
     */
    boolean concerns(ScoringContext context) {
        return true;
    }

    /**
     * Puts the item this criterion contributes in one category, with its explanation, if any. A
     * criterion without a table row for the category on the date puts nothing (it does not exist
     * there); one that the applicant claims but that does not count puts a 0-point item or a note
     * saying why.
     */
    protected abstract void evaluate(ScoringContext context, Category category, PointsSink sink);
}
