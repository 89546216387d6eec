package org.hspnavigator.web.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.storage.GroupCommit;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.system.StorageUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes and reads the audit log. Entries are only ever inserted (the database's triggers refuse
 * anything else); they name the organization, the actor and the row by id, never a name, an e-mail or
 * any other personal data, so that an applicant's erasure leaves the log as it is.
 *
 * <p>When the storage refuses an entry (a full disk, a read-only or failing one) outside a transaction,
 * the entry is kept in a bounded queue in memory and written, with its own id and moment, once the
 * storage takes writes again ({@link DeferredAuditRetry}), so that reading applicant data goes on while
 * the disk is full and no access goes unrecorded. Inside a transaction the failure stands: the change
 * the entry records fails with it. When the queue is full the failure stands too, and the request is
 * refused (503) rather than left unrecorded.
 *
 * <p>An entry outside a transaction is written with those of other requests under way in one
 * transaction ({@link GroupCommit}): the request goes on only once it is committed, but many share one
 * sync to disk. The use of a request's API token waits for the request's own entry and is written with
 * it, so that the request waits for one commit, not two ({@link EntriesBeforeAnswer}).
 */
@Repository
public class AuditLog {

    /** The kind of row an entry about an applicant's data names: the applicant, whatever part was touched. */
    public static final String APPLICANT = "APPLICANT";
    public static final String USER = "USER";
    public static final String TOKEN = "TOKEN";
    public static final String CALENDAR_FEED = "CALENDAR_FEED";
    public static final String ORGANIZATION = "ORGANIZATION";

    /** How many refused entries are held in memory unless {@code hsp.audit.deferred-capacity} says otherwise. */
    public static final int DEFAULT_DEFERRED_CAPACITY = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Clock clock;
    private final GroupCommit commits;
    private final DeferredAuditEvents deferred;

    public AuditLog(JdbcClient jdbc, Ids ids, Clock clock, GroupCommit commits) {
        this(jdbc, ids, clock, commits, DEFAULT_DEFERRED_CAPACITY);
    }

    @Autowired
    public AuditLog(JdbcClient jdbc, Ids ids, Clock clock, GroupCommit commits,
            @Value("${hsp.audit.deferred-capacity:" + DEFAULT_DEFERRED_CAPACITY + "}") int deferredCapacity) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
        this.commits = commits;
        this.deferred = new DeferredAuditEvents(deferredCapacity);
    }

    /** What {@code caller} did to a row. */
    public void record(Caller caller, AuditAction action, String targetType, String targetId) {
        insert(event(caller.organizationId(), caller.userId(), caller.tokenId().orElse(null), action, targetType,
                targetId, null));
    }

    /** A login or a token's use: the organization and user when known, and the client's address. */
    public void recordAccess(String organizationId, String userId, String tokenId, AuditAction action, String address) {
        insert(event(organizationId, userId, tokenId, action, userId == null ? null : USER, userId, shorten(address)));
    }

    /**
     * An access, as {@link #recordAccess} records it, written with the request's own next entry in one
     * commit, or before its answer starts when it records none ({@link EntriesBeforeAnswer}); at once
     * outside a request.
     */
    public void recordAccessWithRequest(String organizationId, String userId, String tokenId, AuditAction action,
            String address) {
        AuditEvent event = event(organizationId, userId, tokenId, action, userId == null ? null : USER, userId,
                shorten(address));
        WaitingEntries waiting = WaitingEntries.ofRequest();
        if (waiting == null) {
            insert(event);
        } else {
            waiting.add(event);
        }
    }

    /** How many refused entries wait in memory to be written. */
    public int deferredCount() {
        return deferred.size();
    }

    /**
     * Writes the entries the storage refused before, oldest first, as far as it takes them now; an entry
     * found already written (its id taken) counts as written.
     *
     * @return how many were written
     */
    public int writeDeferred() {
        if (deferred.size() == 0) {
            return 0;
        }
        int written;
        try {
            written = deferred.writeAll(event -> {
                try {
                    write(event);
                } catch (DuplicateKeyException alreadyWritten) {
                    // The storage failed after it had taken the entry: it is there.
                }
            });
        } catch (RuntimeException stillRefused) {
            return 0;
        }
        LOG.info("{} deferred audit events written", written);
        return written;
    }

    private AuditEvent event(String organizationId, String userId, String tokenId, AuditAction action,
            String targetType, String targetId, String address) {
        return new AuditEvent(ids.next(), organizationId, clock.millis(), userId, tokenId, action, targetType, targetId,
                address);
    }

    /**
     * Writes {@code event}, and outside a transaction the entries of its request still waiting, before it,
     * in one commit. Inside a transaction the entries waiting stay for the answer: they must not be undone
     * with a change that fails.
     */
    private void insert(AuditEvent event) {
        WaitingEntries waiting = TransactionSynchronizationManager.isActualTransactionActive() ? null
                : WaitingEntries.ofRequest();
        writeAll(waiting == null ? List.of(event) : waiting.takeWith(event));
    }

    /** Writes the request's entries still waiting (before its answer starts); public for the proxy of this bean. */
    public void writeWaiting(WaitingEntries waiting) {
        List<AuditEvent> events = waiting.take();
        if (!events.isEmpty()) {
            writeAll(events);
        }
    }

    /**
     * Keeps the request's entries still waiting for later without trying the database: the request was
     * refused for the storage. One that the full queue cannot take is lost with the request's refusal.
     */
    public void keepWaiting(WaitingEntries waiting) {
        for (AuditEvent event : waiting.take()) {
            if (!deferred.offer(event)) {
                LOG.warn("audit event not deferred (request refused for the storage): {} already wait, the most "
                        + "hsp.audit.deferred-capacity allows", deferred.capacity());
            }
        }
    }

    /**
     * Writes {@code events} in one commit with those of other requests; each the storage refuses is kept
     * for later (or, when it cannot be, its failure is thrown once the others are kept).
     */
    private void writeAll(List<AuditEvent> events) {
        // Inside a transaction the first failure is thrown from here and stands with the change.
        List<Optional<RuntimeException>> failures = commits.runAll(
                events.stream().<Runnable>map(event -> () -> write(event)).toList());
        RuntimeException standing = null;
        for (int n = 0; n < events.size(); n++) {
            if (failures.get(n).isPresent()) {
                try {
                    defer(events.get(n), failures.get(n).get());
                } catch (RuntimeException refused) {
                    standing = standing == null ? refused : standing;
                }
            }
        }
        if (standing != null) {
            throw standing;
        }
        if (failures.stream().noneMatch(Optional::isPresent)) {
            writeDeferred();
        }
    }

    private void defer(AuditEvent event, RuntimeException failure) {
        Optional<String> cause = StorageUnavailable.cause(failure);
        if (cause.isEmpty() || TransactionSynchronizationManager.isActualTransactionActive()) {
            throw failure;
        }
        if (!deferred.offer(event)) {
            LOG.warn("audit event not deferred ({}): {} already wait, the most hsp.audit.deferred-capacity allows; "
                    + "the request is refused", cause.get(), deferred.capacity());
            throw failure;
        }
        LOG.warn("audit event deferred ({}): {} waiting to be written once the database takes writes again",
                cause.get(), deferred.size());
    }

    private void write(AuditEvent event) {
        jdbc.sql("""
                INSERT INTO audit_event (id, organization_id, occurred_at, actor_user_id, actor_token_id, action,
                    target_type, target_id, address)
                VALUES (:id, :organization, :at, :user, :token, :action, :targetType, :targetId, :address)""")
                .param("id", event.id())
                .param("organization", event.organizationId())
                .param("at", event.occurredAt())
                .param("user", event.userId())
                .param("token", event.tokenId())
                .param("action", event.action().name())
                .param("targetType", event.targetType())
                .param("targetId", event.targetId())
                .param("address", event.address())
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
