package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.table.PointRow;

/**
 * Where the criteria put what they find for one profile: each item as the table row that applied, the
 * points it scores and how it is explained, and the notes that warn. The scoring engine runs every
 * criterion into one sink; the sink decides what to keep: every item with its explanation (an
 * assessment), or only each category's sum of points (a batch row). Either way the points of a
 * category are the sum of the items put here. An abstract class rather than an interface, like
 * {@link Criterion}: the criteria call it for every item, and a batch, which loads one kind of sink
 * only, then calls it directly.
 */
public abstract class PointsSink {

    /**
     * An item of the row's criterion in the row's category.
     *
     * @param points the row's points when awarded, 0 when another rule withholds them
     * @param why    makes the explanation, called only by a sink that keeps it
     */
    public abstract void add(PointRow row, int points, Explanation why);

    /**
     * A warning about the input or the rules in force, in one category.
     *
     * @param note makes the message, called only by a sink that keeps notes
     */
    public abstract void note(Category category, Note note);

    /** The row applies: its points count, for the reason given. */
    public final void award(PointRow row, Explanation why) {
        add(row, row.points(), why);
    }

    /** The row would apply but another rule excludes it: 0 points, for the reason given. */
    public final void withhold(PointRow row, Explanation why) {
        add(row, 0, why);
    }
}
