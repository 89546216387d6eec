package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;

/**
 * A warning about the input or the rules in force in one category, as a way to make its message rather
 * than the message itself: like an {@link Explanation}, a criterion hands its sink a constant note, and
 * the message, with its arguments read from the profile and the rule set, is made only when a sink
 * keeps notes. A batch that only adds up points makes none.
 */
@FunctionalInterface
public interface Note {

    /** The message of the note in {@code category} for the profile of {@code context}. */
    Message of(ScoringContext context, Category category);

    /** A note that names nothing of the profile: the same message every time. */
    static Note always(Message message) {
        return (context, category) -> message;
    }
}
