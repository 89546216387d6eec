package org.hspnavigator.engine.advice;

import java.util.Objects;

/**
 * One lever within a suggestion and what it contributes there.
 *
 * @param lever        the change
 * @param pointsGained the suggestion's points minus the points of the same suggestion without this
 *                     change, both re-scored; negative when the change costs points that the others
 *                     make up (a waiting date that also passes a birthday)
 */
public record Change(Lever lever, int pointsGained) {

    public Change {
        Objects.requireNonNull(lever, "lever");
    }
}
