package org.hspnavigator.engine.scoring;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.rule.Note;
import org.hspnavigator.engine.rule.Explanation;
import org.hspnavigator.engine.rule.PointsSink;
import org.hspnavigator.engine.table.PointRow;

/**
 * The sink of a batch row: the sum of the points of the items put, per category, and nothing else. No
 * explanation is made and no item is kept, so that a row of a batch allocates nothing per item.
 */
final class SummedPoints extends PointsSink {

    /** {@code Category.values()} would copy its array for every row. */
    private static final int CATEGORIES = Category.values().length;

    private final int[] points = new int[CATEGORIES];

    @Override
    public void add(PointRow row, int itemPoints, Explanation why) {
        points[row.category().ordinal()] += itemPoints;
    }

    /** A batch row has no room for notes. */
    @Override
    public void note(Category category, Note note) {
    }

    /** The sum of the points of the category's items. */
    int points(Category category) {
        return points[category.ordinal()];
    }
}
