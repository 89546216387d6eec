package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * Where a criterion reports what it found for one profile in one category: items, and notes that
 * warn. Items come ready-made (their explanation names nothing of the profile, see
 * {@link ReadyItems}) or as a table row with an {@link Explanation} that the findings call, for the
 * profile and category being scored, only if they keep explanations.
 */
public interface Findings {

    /** An item made beforehand. */
    void item(Item item);

    /** The row applies: its points count, for the reason given. */
    void award(PointRow row, Explanation why);

    /** The row would apply but another rule excludes it: 0 points, for the reason given. */
    void withhold(PointRow row, Explanation why);

    void note(Message note);
}
