package org.hspnavigator.web.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.storage.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads the audit log. Entries are only ever inserted (the database's triggers refuse
 * anything else); they name the organization, the actor and the row by id, never a name, an e-mail or
 * any other personal data, so that an applicant's erasure leaves the log as it is.
 */
@Repository
public class AuditLog {

    /** The kind of row an entry about an applicant's data names: the applicant, whatever part was touched. */
    public static final String APPLICANT = "APPLICANT";
    public static final String USER = "USER";
    public static final String TOKEN = "TOKEN";
    public static final String CALENDAR_FEED = "CALENDAR_FEED";
    public static final String ORGANIZATION = "ORGANIZATION";

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Ids ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    /** What {@code caller} did to a row. */
    public void record(Caller caller, AuditAction action, String targetType, String targetId) {
        insert(caller.organizationId(), caller.userId(), caller.tokenId().orElse(null), action, targetType, targetId,
                null);
    }

    /** A login or a token's use: the organization and user when known, and the client's address. */
    public void recordAccess(String organizationId, String userId, String tokenId, AuditAction action, String address) {
        insert(organizationId, userId, tokenId, action, userId == null ? null : USER, userId, shorten(address));
    }

    private void insert(String organizationId, String userId, String tokenId, AuditAction action, String targetType,
            String targetId, String address) {
        jdbc.sql("""
                INSERT INTO audit_event (id, organization_id, occurred_at, actor_user_id, actor_token_id, action,
                    target_type, target_id, address)
                VALUES (:id, :organization, :at, :user, :token, :action, :targetType, :targetId, :address)""")
                .param("id", ids.next())
                .param("organization", organizationId)
                .param("at", clock.millis())
                .param("user", userId)
                .param("token", tokenId)
                .param("action", action.name())
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("address", address)
                .update();
    }

    /**
     * The organization's entries, newest first: at most {@code limit}, before the entry {@code before}
     * when given (to page back), about one row when {@code targetId} is given.
     */
    public List<AuditEntry> entries(String organizationId, Optional<String> targetId, Optional<String> before,
            int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, actor_user_id, actor_token_id, action, target_type, target_id
                FROM audit_event WHERE organization_id = :organization""");
        targetId.ifPresent(id -> sql.append(" AND target_id = :target"));
        before.ifPresent(id -> sql.append(" AND id < :before"));
        sql.append(" ORDER BY id DESC LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("organization", organizationId)
                .param("limit", limit);
        if (targetId.isPresent()) {
            statement = statement.param("target", targetId.get());
        }
        if (before.isPresent()) {
            statement = statement.param("before", before.get());
        }
        return statement.query((row, n) -> new AuditEntry(row.getString("id"),
                Instant.ofEpochMilli(row.getLong("occurred_at")), Optional.ofNullable(row.getString("actor_user_id")),
                Optional.ofNullable(row.getString("actor_token_id")), AuditAction.valueOf(row.getString("action")),
                Optional.ofNullable(row.getString("target_type")), Optional.ofNullable(row.getString("target_id"))))
                .list();
    }

    private static String shorten(String address) {
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
