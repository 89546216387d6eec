package org.hspnavigator.web.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.system.StorageUnavailable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks the API token of an {@code Authorization: Bearer} request for Spring Security's bearer-token
 * filter: the token's SHA-256 must name a token that is not revoked, of a user who is enabled and still of
 * the organization the token was made in. A token is listed and revoked by its organization only, so one
 * whose user has moved to another organization must act in neither. Every use is recorded in the audit
 * log, with the request's own entry (AuditLog), and as the token's last use (the last use is skipped
 * while the storage refuses writes). The user as read here is the request's {@link Caller}.
 *
 * <p>The last use is a convenience shown to the token's owners, written at most once a minute a token by
 * each server: a client sending many requests a second with one token would otherwise update one row
 * at each request, one commit each, all waiting on that row's lock (or on SQLite's one writer). The
 * audit log keeps every use.
 */
@Component
public class TokenIntrospector implements OpaqueTokenIntrospector {

    /** The attribute of the principal that names the token. */
    public static final String TOKEN_ID = "token_id";
    /**
     * The attribute of the principal that holds the request's {@link Caller}: the user as this request's
     * check of the token read them (enabled, of the token's organization, with their role), so that the
     * request does not read the same row again.
     */
    static final String CALLER = "caller";

    /** How often a token's last use is written at most, in milliseconds. */
    static final long LAST_USE_PRECISION_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    /** When each token's last use was last written by this server, by token id. */
    private final Map<String, Long> lastUsesWritten = new ConcurrentHashMap<>();

    public TokenIntrospector(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        List<String[]> found = jdbc.sql("""
                SELECT t.id, t.user_id, t.organization_id, u.role FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.enabled = :enabled
                AND u.organization_id = t.organization_id""")
                .param("hash", Secrets.hash(token))
                .param("enabled", true)
                .query((row, n) -> new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)})
                .list();
        if (found.isEmpty()) {
            throw new BadOpaqueTokenException("The token is unknown or revoked.");
        }
        String[] row = found.get(0);
        noteLastUse(row[0]);
        audit.recordAccessWithRequest(row[2], row[1], row[0], AuditAction.TOKEN_USED, clientAddress());
        Caller caller = new Caller(row[1], row[2], Role.valueOf(row[3]), Optional.of(row[0]));
        return new DefaultOAuth2AuthenticatedPrincipal(row[1], Map.of(TOKEN_ID, row[0], CALLER, caller),
                List.of(new SimpleGrantedAuthority("ROLE_" + row[3])));
    }

    /**
     * Sets the token's last use, a convenience shown to its owners; skipped when the storage refuses writes
     * (a full disk), so that reads go on: the audit log's entry of the use is kept for later (AuditLog).
     */
    private void noteLastUse(String tokenId) {
        long now = clock.millis();
        Long written = lastUsesWritten.get(tokenId);
        if (written != null && now >= written && now - written < LAST_USE_PRECISION_MILLIS) {
            return;
        }
        try {
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id").param("now", now)
                    .param("id", tokenId).update();
            lastUsesWritten.put(tokenId, now);
        } catch (RuntimeException failure) {
            if (StorageUnavailable.cause(failure).isEmpty()) {
                throw failure;
            }
        }
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
