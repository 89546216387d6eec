package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * A flat addition (docs/rules.md §2 degrees in multiple fields, §9 special additions): a fixed number of
 * points when the profile meets a condition, in the categories and on the dates additions.tsv lists.
 * When the applicant meets the condition but the item is not in force on the date in any category, the
 * assessment carries a note instead of a silent zero.
 */
abstract class FlatAddition extends Criterion {

    /** The explanation of the addition met, where it names nothing of the profile. */
    private final Explanation met;
    /** The note of {@link #notInForce}, made once per criterion. */
    private final Note notInForce = (context, category) -> notInForce(context);

    FlatAddition(CriterionId id) {
        super(id);
        this.met = Explanation.always(Message.of("item." + id.id()));
    }

    /** Whether the profile meets the item's condition in the category. */
    abstract boolean isMet(ScoringContext context, Category category);

    /**
     * Awards the row, explained by the item's name alone. Additions that explain with the profile's
     * values, or that are not combined with another item, override this.
     */
    void award(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        sink.award(row, met);
    }

    /**
     * Called when the condition is not met and the item exists in the category: near misses worth
     * explaining (an SME without innovation support) report a 0-point item or a note here.
     */
    void whenNotMet(ScoringContext context, Category category, PointRow row, PointsSink sink) {
    }

    /** The note when the condition is met on a date the item does not exist yet. */
    Message notInForce(ScoringContext context) {
        return Message.of("note.notInForce", id().id(), context.referenceDate(), context.rules().validity().from());
    }

    @Override
    protected final void evaluate(ScoringContext context, Category category, PointsSink sink) {
        Optional<PointRow> row = context.rules().addition(id(), category);
        if (row.isEmpty()) {
            // Not in this category: worth a note only when met on a date the item exists nowhere yet.
            if (!context.rules().additionInForce(id()) && isMet(context, category)) {
                sink.note(category, notInForce);
            }
        } else if (isMet(context, category)) {
            award(context, category, row.get(), sink);
        } else {
            whenNotMet(context, category, row.get(), sink);
        }
    }
}
