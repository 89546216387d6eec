package org.hspnavigator.engine.advice;

import java.util.Objects;
import java.util.Set;
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
 * @param includes    the ids of the other levers of the group that this change includes (an employer
 *                    that is an SME with innovation support has innovation support), so that they are
 *                    smaller versions of it although the group is not ordered
 */
public record Lever(String id, LeverGroup group, int level, Effort effort, Message description,
        UnaryOperator<Profile> change, Set<String> includes) {

    public Lever {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
        includes = Set.copyOf(includes);
    }

    /** A lever that includes no other. */
    public Lever(String id, LeverGroup group, int level, Effort effort, Message description,
            UnaryOperator<Profile> change) {
        this(id, group, level, effort, description, change, Set.of());
    }

    public Profile applyTo(Profile profile) {
        return change.apply(profile);
    }

    /**
     * Whether this lever is the same change as {@code other} or a smaller version of it: same lever,
     * a lower level of the same ordered group, or a change that {@code other} includes.
     */
    public boolean isAtMost(Lever other) {
        if (this == other) {
            return true;
        }
        if (group != other.group) {
            return false;
        }
        return group.ordered() ? level <= other.level : other.includes.contains(id);
    }

    @Override
    public String toString() {
        return id + (group.ordered() ? "#" + level : "");
    }
}
