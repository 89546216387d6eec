package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;

/**
 * A flat addition (points.md §3.1 multiple fields, §3.8 special additions): a fixed number of points
 * when the profile meets a condition, in the categories and on the dates additions.tsv lists. When
 * the applicant meets the condition but the item is not in force on the date in any category, the
 * assessment carries a note instead of a silent zero.
 */
abstract class FlatAddition extends Criterion {

    private final CriterionId id;

    FlatAddition(CriterionId id) {
        this.id = id;
    }

    /**
     * The items of the additions met, by criterion and category, with the explanation that names
     * nothing of the profile; null where the rule set has no row. Additions whose explanation names
     * the profile's values override {@link #award}.
     */
    static Item[][] readyItems(RuleSet rules) {
        Item[][] items = new Item[CriterionId.values().length][Category.values().length];
        for (CriterionId id : CriterionId.values()) {
            Message met = Message.of("item." + id.id());
            for (Category category : Category.values()) {
                Optional<PointRow> row = rules.addition(id, category);
                if (row.isPresent()) {
                    items[id.ordinal()][category.ordinal()] = Awards.award(row.get(), met);
                }
            }
        }
        return items;
    }

    @Override
    public final CriterionId id() {
        return id;
    }

    /** Whether the profile meets the item's condition in the category. */
    abstract boolean isMet(ScoringContext context, Category category);

    /**
     * Awards the row: the rule set's ready-made item, whose explanation names nothing of the profile.
     * Additions that explain with the profile's values, or that are not combined with another item,
     * override this.
     */
    void award(ScoringContext context, Category category, PointRow row, Findings findings) {
        findings.item(context.ready().flatAddition(id, category));
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
        if (row.isEmpty()) {
            // Not in this category: worth a note only when met on a date the item exists nowhere yet.
            if (!context.ready().flatAdditionInForce(id) && isMet(context, category)) {
                findings.note(notInForce(context));
            }
        } else if (isMet(context, category)) {
            award(context, category, row.get(), findings);
        } else {
            whenNotMet(context, category, row.get(), findings);
        }
    }
}
