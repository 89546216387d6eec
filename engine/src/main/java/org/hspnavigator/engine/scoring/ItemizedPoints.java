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
 * by category in the order put, with each category's points as the sum of its items.
 */
final class ItemizedPoints extends PointsSink {

    private static final int CATEGORIES = Category.values().length;
    /** Room for the items or notes of a category at first: few have more than 8. */
    private static final int ROOM = 8;

    private final ScoringContext context;
    private final Item[][] items = new Item[CATEGORIES][];
    private final int[] itemCounts = new int[CATEGORIES];
    private final int[] points = new int[CATEGORIES];
    /** Made at a category's first note: most categories of most profiles have none. */
    private final Message[][] notes = new Message[CATEGORIES][];
    private final int[] noteCounts = new int[CATEGORIES];

    ItemizedPoints(ScoringContext context) {
        this.context = context;
    }

    @Override
    public void add(PointRow row, int itemPoints, Explanation why) {
        int category = row.category().ordinal();
        Item item = new Item(row.criterion(), row.option(), itemPoints, row.sources(), why.of(context, row));
        if (items[category] == null) {
            items[category] = new Item[ROOM];
        } else if (itemCounts[category] == items[category].length) {
            items[category] = Arrays.copyOf(items[category], 2 * itemCounts[category]);
        }
        items[category][itemCounts[category]++] = item;
        points[category] += itemPoints;
    }

    @Override
    public void note(Category category, Note note) {
        Message message = note.of(context, category);
        int index = category.ordinal();
        if (notes[index] == null) {
            notes[index] = new Message[ROOM];
        } else if (noteCounts[index] == notes[index].length) {
            notes[index] = Arrays.copyOf(notes[index], 2 * noteCounts[index]);
        }
        notes[index][noteCounts[index]++] = message;
    }

    /** The category's items, in the order put. */
    List<Item> items(Category category) {
        int index = category.ordinal();
        Item[] found = new Item[itemCounts[index]];
        System.arraycopy(items[index] == null ? found : items[index], 0, found, 0, found.length);
        return List.of(found);
    }

    /** The sum of the category's items' points. */
    int points(Category category) {
        return points[category.ordinal()];
    }

    /** The category's notes, in the order put. */
    List<Message> notes(Category category) {
        int index = category.ordinal();
        if (noteCounts[index] == 0) {
            return List.of();
        }
        Message[] found = new Message[noteCounts[index]];
        System.arraycopy(notes[index], 0, found, 0, found.length);
        return List.of(found);
    }
}
