package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * A flat addition (points.md §3.1 multiple fields, §3.8 special additions): a fixed number of points
 * when the profile meets a condition, in the categories and on the dates additions.tsv lists. When
 * the applicant meets the condition but the item is not in force on the date in any category, the
 * assessment carries a note instead of a silent zero.
 */
abstract class FlatAddition implements Criterion {

    private final CriterionId id;
    /** The explanation of additions whose reason names nothing of the profile; made once, shared. */
    private final Message met;

    FlatAddition(CriterionId id) {
        this.id = id;
        this.met = Message.of("item." + id.id());
    }

    @Override
    public final CriterionId id() {
        return id;
    }

    /** Whether the profile meets the item's condition in the category. */
    abstract boolean isMet(ScoringContext context, Category category);

    /** Why the item applies, for the explanation. */
    Message reason(ScoringContext context, Category category) {
        return met;
    }

    /** Awards the row; additions with exclusions (not combined with another item) override this. */
    void award(ScoringContext context, Category category, PointRow row, Findings findings) {
        findings.item(Awards.award(row, reason(context, category)));
    }

    /**
     * Called when the condition is not met and the item exists in the category: near misses worth
     * explaining (an SME without innovation support) report a 0-point item or a note here.
     */
    void whenNotMet(ScoringContext context, Category category, PointRow row, Findings findings) {
    }

    /** The note when the condition is met on a date the item does not exist yet. */
    Message notInForce(ScoringContext context) {
        return Message.of("note.notInForce", id.id(), context.referenceDate(), context.rules().id());
    }

    @Override
    public final void evaluate(ScoringContext context, Category category, Findings findings) {
        Optional<PointRow> row = context.rules().addition(id, category);
        if (!isMet(context, category)) {
            if (row.isPresent()) {
                whenNotMet(context, category, row.get(), findings);
            }
            return;
        }
        if (row.isPresent()) {
            award(context, category, row.get(), findings);
        } else if (!inForceInAnyCategory(context)) {
            findings.note(notInForce(context));
        }
    }

    private boolean inForceInAnyCategory(ScoringContext context) {
        for (Category category : Category.values()) {
            if (context.rules().addition(id, category).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
