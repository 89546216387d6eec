package org.hspnavigator.web.application;

import java.util.Optional;

/**
 * What a dated event of an application file records: a change of status, a note, or one of the facts
 * from which a 14-day notification runs (docs/rules.md §15): settling at an address, a change of the
 * contracting organization, a change of what the residence card shows.
 */
public enum EventKind {
    STATUS_CHANGED(null),
    NOTE(null),
    ADDRESS_SETTLED("addressRegistration"),
    ADDRESS_CHANGED("addressChange"),
    ORGANIZATION_CHANGED("organizationNotice"),
    RESIDENCE_CARD_CHANGED("residenceCardChanges");

    private final String duty;

    EventKind(String duty) {
        this.duty = duty;
    }

    /** The id of the engine's deadline that runs from this event, if any. */
    public Optional<String> duty() {
        return Optional.ofNullable(duty);
    }
}
