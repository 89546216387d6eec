package org.hspnavigator.engine.advice;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;

/**
 * One real change to an applicant's situation, applied to a profile: pass an exam, earn more, wait
 * until experience reaches a threshold. Levers of different groups change different fields, so they
 * can be applied in any order.
 *
 * @param id          a stable identifier for output and tests, e.g. {@code jlptN1}, {@code salary}
 * @param group       the group of alternatives the lever belongs to
 * @param level       its size within an ordered group (0 smallest); 0 in unordered groups
 * @param effort      how hard the change is
 * @param description the change in words, as a message key ({@code advice.lever.*}) with arguments
 * @param change      the change itself
 */
public record Lever(String id, LeverGroup group, int level, Effort effort, Message description,
        UnaryOperator<Profile> change) {

    public Lever {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
    }

    public Profile applyTo(Profile profile) {
        return change.apply(profile);
    }

    /**
     * Whether this lever is the same change as {@code other} or a smaller version of it: same lever,
     * or a lower level of the same ordered group.
     */
    public boolean isAtMost(Lever other) {
        if (this == other) {
            return true;
        }
        return group == other.group && group.ordered() && level <= other.level;
    }

    @Override
    public String toString() {
        return id + (group.ordered() ? "#" + level : "");
    }
}
