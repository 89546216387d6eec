package org.hspnavigator.engine.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A set of changes that together reach the target, re-scored by the points engine.
 *
 * @param changes     the changes, in the order of their groups
 * @param scoredOn    the date the changed profile was scored on: the reference date, or the waiting
 *                    date when a change is to wait
 * @param pointsAfter the points with all the changes
 * @param effort      the sum of the changes' effort ranks
 */
public record Suggestion(List<Change> changes, LocalDate scoredOn, int pointsAfter, int effort) {

    public Suggestion {
        changes = List.copyOf(changes);
        Objects.requireNonNull(scoredOn, "scoredOn");
    }

    public List<Lever> levers() {
        return changes.stream().map(Change::lever).toList();
    }
}
