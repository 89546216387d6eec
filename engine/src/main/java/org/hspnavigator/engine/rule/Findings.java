package org.hspnavigator.engine.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * What the criteria found for one profile in one category: the items in the order reported, each with
 * its explanation, the sum of their points, and the notes that warn.
 */
public final class Findings {

    private final Category category;
    private Item[] items;
    private int itemCount;
    private int points;
    /** Made at the first note: most categories of most profiles have none. */
    private Message[] notes;
    private int noteCount;

    /**
     * The findings of one category, with room for the items of {@code criteria} criteria, which report
     * one item each at most; more still fit.
     */
    public Findings(Category category, int criteria) {
        this.category = Objects.requireNonNull(category, "category");
        this.items = new Item[criteria];
    }

    public Category category() {
        return category;
    }

    private void item(Item item) {
        if (itemCount == items.length) {
            items = Arrays.copyOf(items, 2 * items.length + 1);
        }
        items[itemCount++] = item;
        points += item.points();
    }

    /** The row applies: its points count, for the reason given. */
    public void award(PointRow row, Message why) {
        item(new Item(row.criterion(), row.option(), row.points(), row.sources(), why));
    }

    /** The row would apply but another rule excludes it: 0 points, for the reason given. */
    public void withhold(PointRow row, Message why) {
        item(new Item(row.criterion(), row.option(), 0, row.sources(), why));
    }

    public void note(Message note) {
        if (notes == null) {
            notes = new Message[2];
        } else if (noteCount == notes.length) {
            notes = Arrays.copyOf(notes, 2 * notes.length);
        }
        notes[noteCount++] = note;
    }

    /** The items found, as an immutable list. */
    public List<Item> items() {
        Item[] found = new Item[itemCount];
        System.arraycopy(items, 0, found, 0, itemCount);
        return List.of(found);
    }

    /** The sum of the items' points. */
    public int points() {
        return points;
    }

    /** The notes found, as an immutable list. */
    public List<Message> notes() {
        if (noteCount == 0) {
            return List.of();
        }
        Message[] found = new Message[noteCount];
        System.arraycopy(notes, 0, found, 0, noteCount);
        return List.of(found);
    }
}
