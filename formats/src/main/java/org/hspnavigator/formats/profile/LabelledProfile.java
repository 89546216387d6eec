package org.hspnavigator.formats.profile;

import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.profile.Profile;

/**
 * A profile as read, with the label its {@code id} field gives it (docs/rules.md §18): the engine scores
 * the profile, and the label goes with its assessment and its table.
 *
 * @param profile the profile the engine scores
 * @param id      the profile's {@code id}, when it has one
 */
public record LabelledProfile(Profile profile, Optional<String> id) {

    public LabelledProfile {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(id, "id");
    }
}
