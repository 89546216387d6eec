package org.hspnavigator.web.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The user a request acts for, as the database has them now (a removed member or a changed role counts
 * at once, whatever a session remembers).
 *
 * @param userId         the user
 * @param organizationId the user's organization: the tenant every query is bound to
 * @param role           the user's role
 * @param tokenId        the API token the request came with; empty for a browser session
 */
public record Caller(String userId, String organizationId, Role role, Optional<String> tokenId) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(tokenId, "tokenId");
    }
}
