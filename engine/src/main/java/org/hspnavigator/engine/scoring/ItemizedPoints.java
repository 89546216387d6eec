package org.hspnavigator.engine.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.rule.Explanation;
import org.hspnavigator.engine.rule.PointsSink;
import org.hspnavigator.engine.rule.ScoringContext;
import org.hspnavigator.engine.table.PointRow;

/**
 * The sink of an assessment: every item of one profile with its explanation, and every note, category
 * by category in the order put, with each category's points as the sum of its items.
 */
final class ItemizedPoints extends PointsSink {

    private static final int CATEGORIES = Category.values().length;

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
        items[category] = append(items[category], itemCounts[category]++, item, Item[]::new);
        points[category] += itemPoints;
    }

    @Override
    public void note(Category category, Message note) {
        int index = category.ordinal();
        notes[index] = append(notes[index], noteCounts[index]++, note, Message[]::new);
    }

    /** The category's items, in the order put. */
    List<Item> items(Category category) {
        int index = category.ordinal();
        return itemCounts[index] == 0 ? List.of() : List.of(Arrays.copyOf(items[index], itemCounts[index]));
    }

    /** The sum of the category's items' points. */
    int points(Category category) {
        return points[category.ordinal()];
    }

    /** The category's notes, in the order put. */
    List<Message> notes(Category category) {
        int index = category.ordinal();
        return noteCounts[index] == 0 ? List.of() : List.of(Arrays.copyOf(notes[index], noteCounts[index]));
    }

    /** Stores {@code element} at {@code index}, in the array given or a larger one. */
    private static <E> E[] append(E[] array, int index, E element, IntFunction<E[]> newArray) {
        E[] room = array;
        if (room == null) {
            room = newArray.apply(8);
        } else if (index == room.length) {
            room = Arrays.copyOf(room, 2 * room.length);
        }
        room[index] = element;
        return room;
    }
}
