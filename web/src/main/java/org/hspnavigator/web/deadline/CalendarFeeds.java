package org.hspnavigator.web.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hspnavigator.web.security.Secrets;
import org.hspnavigator.web.storage.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the calendar feeds: one active feed per user at most, its secret kept as a SHA-256 only.
 * Making a new feed revokes the old one. A feed belongs to the organization it was made in and works only
 * while its user belongs to that organization, as an API token does: a user moved to another organization
 * must not find the new organization's deadlines in a feed address handed out before.
 */
@Repository
public class CalendarFeeds {

    /** The prefix of a feed's secret. */
    static final String PREFIX = "cal_";

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Clock clock;

    public CalendarFeeds(JdbcClient jdbc, Ids ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A new feed of the user in the organization, returning its secret (shown once); the user's previous
     * feed stops working.
     */
    public String create(String userId, String organizationId) {
        revoke(userId);
        String secret = Secrets.next(PREFIX);
        jdbc.sql("""
                INSERT INTO calendar_feed (id, user_id, organization_id, secret_hash, created_at)
                VALUES (:id, :user, :organization, :hash, :now)""")
                .param("id", ids.next()).param("user", userId).param("organization", organizationId)
                .param("hash", Secrets.hash(secret)).param("now", clock.millis()).update();
        return secret;
    }

    /** Revokes the user's feed; returns whether there was one. */
    public boolean revoke(String userId) {
        return jdbc.sql("UPDATE calendar_feed SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                .param("now", clock.millis()).param("user", userId).update() > 0;
    }

    /** When the user's active feed of the organization was made, if there is one. */
    public Optional<Instant> active(String userId, String organizationId) {
        return jdbc.sql("""
                SELECT created_at FROM calendar_feed
                WHERE user_id = :user AND organization_id = :organization AND revoked_at IS NULL""")
                .param("user", userId).param("organization", organizationId).query(Long.class).optional()
                .map(Instant::ofEpochMilli);
    }

    /** The user whose active feed has this secret, while the user belongs to the feed's organization. */
    public Optional<String> userOf(String secret) {
        return jdbc.sql("""
                SELECT f.user_id FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
                WHERE f.secret_hash = :hash AND f.revoked_at IS NULL AND u.organization_id = f.organization_id""")
                .param("hash", Secrets.hash(secret)).query(String.class).optional();
    }
}
