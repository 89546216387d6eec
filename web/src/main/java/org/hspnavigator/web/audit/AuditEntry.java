package org.hspnavigator.web.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * An entry of the audit log.
 *
 * @param id          the entry, in the order entries were made
 * @param occurredAt  when
 * @param actorUserId the user who acted, empty for a failed login of an unknown account
 * @param tokenId     the API token used, empty for a browser session
 * @param action      what was done
 * @param targetType  the kind of row acted on ({@code APPLICANT}, {@code USER}, {@code TOKEN}, ...)
 * @param targetId    the row acted on
 */
public record AuditEntry(String id, Instant occurredAt, Optional<String> actorUserId, Optional<String> tokenId,
        AuditAction action, Optional<String> targetType, Optional<String> targetId) {
}
