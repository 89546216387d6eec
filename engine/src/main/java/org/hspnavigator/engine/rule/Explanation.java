package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * Why an item has its points, as a way to make the message rather than the message itself: a
 * criterion hands its sink a constant explanation, and the message, with its arguments read from the
 * profile again, is made only when a sink keeps it. A batch that only adds up points makes none.
 */
@FunctionalInterface
public interface Explanation {

    /** The message explaining the item of {@code row} for the profile of {@code context}. */
    Message of(ScoringContext context, PointRow row);

    /** An explanation that names nothing of the profile: the same message every time. */
    static Explanation always(Message message) {
        return (context, row) -> message;
    }
}
