package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/** Turns the table row that applies into an item: awarded at its points, or withheld at 0 with the reason. */
public final class Awards {

    private Awards() {
    }

    public static Item award(PointRow row, Message why) {
        return new Item(row.criterion(), row.option(), row.points(), row.sources(), why);
    }

    /** The row would apply but another rule excludes it; the item shows 0 and says why. */
    public static Item withhold(PointRow row, Message why) {
        return new Item(row.criterion(), row.option(), 0, row.sources(), why);
    }
}
