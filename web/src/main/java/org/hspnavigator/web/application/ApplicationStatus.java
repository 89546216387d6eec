package org.hspnavigator.web.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of an application file and the transitions allowed from it: preparing → submitted →
 * additional documents requested → submitted → granted or refused; withdrawn from any open status.
 * Granted, refused and withdrawn are final.
 */
public enum ApplicationStatus {
    PREPARING,
    SUBMITTED,
    ADDITIONAL_DOCUMENTS_REQUESTED,
    GRANTED,
    REFUSED,
    WITHDRAWN;

    /** The statuses that may follow this one. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case PREPARING -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(ADDITIONAL_DOCUMENTS_REQUESTED, GRANTED, REFUSED, WITHDRAWN);
            case ADDITIONAL_DOCUMENTS_REQUESTED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case GRANTED, REFUSED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean isOpen() {
        return !next().isEmpty();
    }

    public boolean mayBecome(ApplicationStatus status) {
        return next().contains(status);
    }
}
