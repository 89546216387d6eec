package org.hspnavigator.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hspnavigator.web.MovingClock;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.storage.Backups;
import org.hspnavigator.web.storage.Database;
import org.hspnavigator.web.storage.GroupCommit;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.storage.Migrations;
import org.hspnavigator.web.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The audit log on a storage that refuses writes (a full disk, then a read-only one, simulated on a real
 * SQLite database by failing every INSERT with SQLite's own error): a read's entry is kept in memory and
 * written with its own id and moment once the storage takes writes again; inside a transaction, when the
 * queue is full, or for a failure that is not the storage's, the failure stands; the log says an entry was
 * deferred without naming anyone.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeferredAuditTest {

    private static final String APPLICANT = "0190aaaa-0000-7000-8000-00000000abcd";
    private static final String USER = "0190aaaa-0000-7000-8000-00000000beef";
    private static final String ORGANIZATION = "0190aaaa-0000-7000-8000-000000000001";

    private final AtomicReference<SQLiteErrorCode> refusal = new AtomicReference<>();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-05T09:00:00Z"));
    private HikariDataSource real;
    private RefusingDataSource storage;
    private JdbcClient jdbc;

    @BeforeEach
    void openDatabase() {
        Database database = TestDatabases.sqlite();
        real = Backups.dataSource(database);
        new Migrations(database, real).migrate();
        storage = new RefusingDataSource(real, refusal);
        jdbc = JdbcClient.create(storage);
    }

    @AfterEach
    void closeDatabase() {
        real.close();
    }

    private AuditLog audit(int capacity) {
        return new AuditLog(jdbc, new Ids(clock), clock, GroupCommit.of(storage), capacity);
    }

    private static Caller reader() {
        return new Caller(USER, ORGANIZATION, Role.MEMBER, Optional.empty());
    }

    private List<AuditEntry> written(AuditLog audit) {
        return audit.entries(ORGANIZATION, Optional.empty(), Optional.empty(), 100);
    }

    @Test
    void aReadWhileTheDiskIsFullIsRecordedOnceSpaceReturns(CapturedOutput output) {
        AuditLog audit = audit(10);
        refusal.set(SQLiteErrorCode.SQLITE_FULL);
        Instant readAt = clock.instant();
        audit.record(reader(), AuditAction.APPLICANT_READ, AuditLog.APPLICANT, APPLICANT);
        assertThat(audit.deferredCount()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(60));
        assertThat(audit.writeDeferred()).as("the disk is still full").isZero();
        assertThat(audit.deferredCount()).isEqualTo(1);

        refusal.set(null);
        assertThat(written(audit)).as("nothing written yet").isEmpty();
        assertThat(audit.writeDeferred()).isEqualTo(1);
        assertThat(audit.deferredCount()).isZero();
        List<AuditEntry> entries = written(audit);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).action()).isEqualTo(AuditAction.APPLICANT_READ);
        assertThat(entries.get(0).targetId()).contains(APPLICANT);
        assertThat(entries.get(0).occurredAt()).as("the moment of the read, not of the write").isEqualTo(readAt);

        assertThat(output.getAll()).contains("audit event deferred (SQLITE_FULL): 1 waiting",
                "1 deferred audit events written").doesNotContain(APPLICANT).doesNotContain(USER)
                .doesNotContain(ORGANIZATION);
    }

    @Test
    void theNextWrittenEntryBringsTheDeferredOnesInTheirOrder() {
        AuditLog audit = audit(10);
        refusal.set(SQLiteErrorCode.SQLITE_READONLY);
        audit.recordAccess(ORGANIZATION, USER, null, AuditAction.TOKEN_USED, "192.0.2.1");
        clock.advance(Duration.ofSeconds(1));
        audit.record(reader(), AuditAction.APPLICANTS_LISTED, AuditLog.ORGANIZATION, ORGANIZATION);
        assertThat(audit.deferredCount()).isEqualTo(2);
        refusal.set(null);
        clock.advance(Duration.ofSeconds(1));
        audit.record(reader(), AuditAction.APPLICANT_READ, AuditLog.APPLICANT, APPLICANT);
        assertThat(audit.deferredCount()).isZero();
        assertThat(written(audit)).extracting(AuditEntry::action).as("newest first")
                .containsExactly(AuditAction.APPLICANT_READ, AuditAction.APPLICANTS_LISTED, AuditAction.TOKEN_USED);
    }

    @Test
    void aTokensUseWaitingForItsRequestIsDeferredWithTheReadsEntryAndTheReadGoesOn() {
        AuditLog audit = audit(10);
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setAttribute(WaitingEntries.ATTRIBUTE, new WaitingEntries());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            refusal.set(SQLiteErrorCode.SQLITE_FULL);
            audit.recordAccessWithRequest(ORGANIZATION, USER, null, AuditAction.TOKEN_USED, "192.0.2.1");
            audit.record(reader(), AuditAction.APPLICANT_READ, AuditLog.APPLICANT, APPLICANT);
            assertThat(audit.deferredCount()).as("both kept; the read answers").isEqualTo(2);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        refusal.set(null);
        assertThat(audit.writeDeferred()).isEqualTo(2);
        assertThat(written(audit)).extracting(AuditEntry::action).as("newest first")
                .containsExactly(AuditAction.APPLICANT_READ, AuditAction.TOKEN_USED);
    }

    @Test
    void whenTheQueueIsFullTheAccessIsRefusedNotLeftUnrecorded(CapturedOutput output) {
        AuditLog audit = audit(2);
        refusal.set(SQLiteErrorCode.SQLITE_FULL);
        audit.record(reader(), AuditAction.APPLICANT_READ, AuditLog.APPLICANT, APPLICANT);
        audit.record(reader(), AuditAction.APPLICANT_READ, AuditLog.APPLICANT, APPLICANT);
        assertThatThrownBy(() -> audit.record(reader(), AuditAction.APPLICANT_READ, AuditLog.APPLICANT, APPLICANT))
                .hasRootCauseInstanceOf(SQLiteException.class);
        assertThat(audit.deferredCount()).isEqualTo(2);
        assertThat(output.getAll()).contains("audit event not deferred (SQLITE_FULL): 2 already wait");
        refusal.set(null);
        assertThat(audit.writeDeferred()).isEqualTo(2);
        assertThat(written(audit)).hasSize(2);
    }

    @Test
    void insideATransactionTheFailureStandsWithTheChangeItRecords() {
        AuditLog audit = audit(10);
        refusal.set(SQLiteErrorCode.SQLITE_FULL);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(storage));
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                status -> audit.record(reader(), AuditAction.SNAPSHOT_ADDED, AuditLog.APPLICANT, APPLICANT)))
                .hasRootCauseInstanceOf(SQLiteException.class);
        assertThat(audit.deferredCount()).isZero();
    }

    @Test
    void aFailureThatIsNotTheStoragesStands() {
        AuditLog audit = audit(10);
        refusal.set(SQLiteErrorCode.SQLITE_CONSTRAINT);
        assertThatThrownBy(() -> audit.record(reader(), AuditAction.APPLICANT_READ, AuditLog.APPLICANT, APPLICANT))
                .hasRootCauseInstanceOf(SQLiteException.class);
        assertThat(audit.deferredCount()).isZero();
    }

    @Test
    void theQueueHoldsNoMoreThanItsCapacityAndRejectsANegativeOne() {
        assertThatThrownBy(() -> audit(-1)).hasMessageContaining("hsp.audit.deferred-capacity");
        AuditLog none = audit(0);
        refusal.set(SQLiteErrorCode.SQLITE_FULL);
        assertThatThrownBy(() -> none.record(reader(), AuditAction.APPLICANT_READ, AuditLog.APPLICANT, APPLICANT))
                .hasRootCauseInstanceOf(SQLiteException.class);
    }

    /** A data source whose INSERT statements fail with SQLite's {@code refusal} while it is set. */
    private static final class RefusingDataSource extends DelegatingDataSource {

        private final AtomicReference<SQLiteErrorCode> refusal;

        RefusingDataSource(HikariDataSource target, AtomicReference<SQLiteErrorCode> refusal) {
            super(target);
            this.refusal = refusal;
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> {
                        SQLiteErrorCode code = refusal.get();
                        if (code != null && method.getName().equals("prepareStatement") && arguments[0] instanceof String sql
                                && sql.strip().startsWith("INSERT")) {
                            throw new SQLiteException("[" + code.name() + "] refused by the test", code);
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
