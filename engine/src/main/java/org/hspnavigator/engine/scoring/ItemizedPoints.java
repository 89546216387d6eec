package org.hspnavigator.engine.scoring;

import java.util.Arrays;
import java.util.List;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.rule.Explanation;
import org.hspnavigator.engine.rule.Note;
import org.hspnavigator.engine.rule.PointsSink;
import org.hspnavigator.engine.rule.ScoringContext;
import org.hspnavigator.engine.table.PointRow;

/**
 * The sink of an assessment: every item of one profile with its explanation, and every note, category
 * by category in the order put, with each category's points as the sum of its items. Only the
 * categories asked for have room: the criteria put nothing in the others.
 */
final class ItemizedPoints extends PointsSink {

    /** {@code Category.values()} would copy its array for every profile. */
    private static final int CATEGORIES = Category.values().length;

    private final ScoringContext context;
    /** By the category's ordinal; null for a category not asked for. */
    private final CategoryFindings[] byCategory = new CategoryFindings[CATEGORIES];

    ItemizedPoints(ScoringContext context, Category[] asked) {
        this.context = context;
        for (Category category : asked) {
            byCategory[category.ordinal()] = new CategoryFindings();
        }
    }

    @Override
    public void add(PointRow row, int itemPoints, Explanation why) {
        Item item = new Item(row.criterion(), row.option(), itemPoints, row.sources(), why.of(context, row));
        byCategory[row.category().ordinal()].add(item);
    }

    @Override
    public void note(Category category, Note note) {
        byCategory[category.ordinal()].note(note.of(context, category));
    }

    /** The category's items, in the order put. */
    List<Item> items(Category category) {
        CategoryFindings found = byCategory[category.ordinal()];
        return List.of(Arrays.copyOf(found.items, found.itemCount));
    }

    /** The sum of the category's items' points. */
    int points(Category category) {
        return byCategory[category.ordinal()].points;
    }

    /** The category's notes, in the order put. */
    List<Message> notes(Category category) {
        CategoryFindings found = byCategory[category.ordinal()];
        return found.noteCount == 0 ? List.of() : List.of(Arrays.copyOf(found.notes, found.noteCount));
    }

    /** What was put in one category. */
    private static final class CategoryFindings {

        /** Room for the items of a category at first: few have more than 8. */
        private static final int ROOM = 8;

        private Item[] items = new Item[ROOM];
        private int itemCount;
        private int points;
        /** Made at the category's first note: most categories of most profiles have none. */
        private Message[] notes;
        private int noteCount;

        void add(Item item) {
            if (itemCount == items.length) {
                items = Arrays.copyOf(items, 2 * itemCount);
            }
            items[itemCount++] = item;
            points += item.points();
        }

        void note(Message message) {
            if (notes == null) {
                notes = new Message[ROOM];
            } else if (noteCount == notes.length) {
                notes = Arrays.copyOf(notes, 2 * noteCount);
            }
            notes[noteCount++] = message;
        }
    }
}
