package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;

/** Where a criterion reports what it found for one category: items, and notes that warn. */
public interface Findings {

    void item(Item item);

    void note(Message note);
}
