package org.hspnavigator.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hspnavigator.web.MovingClock;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.storage.Backups;
import org.hspnavigator.web.storage.Database;
import org.hspnavigator.web.storage.GroupCommit;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.storage.Migrations;
import org.hspnavigator.web.storage.TestDatabases;
import org.hspnavigator.web.system.StorageUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The use of a request's API token in the audit log, on a real SQLite database: it waits for the request's
 * own entry and is committed with it, in one transaction; a request without an entry of its own has it
 * written before its answer starts (a body, an error) or before it ends; a request that fails, or whose
 * change is undone, still has it written; outside a request it is written at once.
 */
class EntriesBeforeAnswerTest {

    private static final String APPLICANT = "0190aaaa-0000-7000-8000-00000000abcd";
    private static final String USER = "0190aaaa-0000-7000-8000-00000000beef";
    private static final String TOKEN = "0190aaaa-0000-7000-8000-00000000cafe";
    private static final String ORGANIZATION = "0190aaaa-0000-7000-8000-000000000001";

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final AtomicInteger commitsMade = new AtomicInteger();
    private HikariDataSource dataSource;
    private TransactionTemplate transactions;
    private AuditLog audit;
    private EntriesBeforeAnswer filter;
    private MockHttpServletRequest request;
    private MockHttpServletResponse response;

    @BeforeEach
    void open() {
        Database database = TestDatabases.sqlite();
        dataSource = Backups.dataSource(database);
        new Migrations(database, dataSource).migrate();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        TransactionOperations counted = new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                T result = transactions.execute(action);
                commitsMade.incrementAndGet();
                return result;
            }
        };
        audit = new AuditLog(JdbcClient.create(dataSource), new Ids(clock), clock, new GroupCommit(counted));
        filter = new EntriesBeforeAnswer(audit);
        request = new MockHttpServletRequest("GET", "/api/v1/applicants/" + APPLICANT);
        response = new MockHttpServletResponse();
        // As Spring's RequestContextFilter does ahead of the security filters.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void close() {
        RequestContextHolder.resetRequestAttributes();
        dataSource.close();
    }

    private void tokenUsed() {
        audit.recordAccessWithRequest(ORGANIZATION, USER, TOKEN, AuditAction.TOKEN_USED, "192.0.2.1");
    }

    private List<AuditAction> written() {
        List<AuditAction> newestFirst = new ArrayList<>(audit.entries(ORGANIZATION, Optional.empty(), Optional.empty(),
                100).stream().map(AuditEntry::action).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private void handle(FilterChain handler) throws Exception {
        filter.doFilter(request, response, handler);
    }

    @Test
    void theTokensUseWaitsForTheRequestsOwnEntryAndSharesItsCommit() throws Exception {
        handle((req, res) -> {
            tokenUsed();
            assertThat(written()).as("not yet").isEmpty();
            int before = commitsMade.get();
            audit.record(new Caller(USER, ORGANIZATION, Role.MEMBER, Optional.of(TOKEN)), AuditAction.APPLICANT_READ,
                    AuditLog.APPLICANT, APPLICANT);
            assertThat(written()).containsExactly(AuditAction.TOKEN_USED, AuditAction.APPLICANT_READ);
            assertThat(commitsMade.get() - before).as("one commit for both").isEqualTo(1);
            res.getOutputStream().write('{');
        });
        assertThat(written()).hasSize(2);
    }

    @Test
    void withoutAnEntryOfItsOwnTheUseIsWrittenBeforeTheBodyStarts() throws Exception {
        handle((req, res) -> {
            tokenUsed();
            assertThat(written()).isEmpty();
            var body = res.getOutputStream();
            assertThat(written()).as("written once the body is asked for").containsExactly(AuditAction.TOKEN_USED);
            body.write('{');
        });
        assertThat(written()).containsExactly(AuditAction.TOKEN_USED);
    }

    @Test
    void withoutAnEntryOfItsOwnTheUseIsWrittenBeforeAnErrorIsSent() throws Exception {
        handle((req, res) -> {
            tokenUsed();
            ((jakarta.servlet.http.HttpServletResponse) res).sendError(404);
            assertThat(written()).containsExactly(AuditAction.TOKEN_USED);
        });
        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void anAnswerWithoutABodyHasTheUseWrittenBeforeTheRequestEnds() throws Exception {
        handle((req, res) -> {
            tokenUsed();
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(204);
        });
        assertThat(response.isCommitted()).isFalse();
        assertThat(written()).containsExactly(AuditAction.TOKEN_USED);
    }

    @Test
    void aRequestThatFailsStillHasItsUseWrittenAndItsOwnFailureStands() {
        assertThatThrownBy(() -> handle((req, res) -> {
            tokenUsed();
            throw new IllegalStateException("the handler failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the handler failed");
        assertThat(written()).containsExactly(AuditAction.TOKEN_USED);
    }

    /**
     * A request refused because the database did not answer (it waited its socket timeout) does not wait
     * for it again to write its token's use: the use is kept for later, and written once the database is back.
     */
    @Test
    void aRequestRefusedForTheStorageKeepsItsUseForLaterWithoutTryingTheDatabaseAgain() throws Exception {
        int before = commitsMade.get();
        handle((req, res) -> {
            tokenUsed();
            StorageUnavailable.log("SQLSTATE 08006", new SQLException("An I/O error occurred", "08006"),
                    "GET /api/v1/applicants/...");
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(503);
            res.getOutputStream().write('{');
        });
        assertThat(commitsMade.get()).as("no commit tried").isEqualTo(before);
        assertThat(written()).isEmpty();
        assertThat(audit.deferredCount()).isEqualTo(1);
        assertThat(audit.writeDeferred()).isEqualTo(1);
        assertThat(written()).containsExactly(AuditAction.TOKEN_USED);
    }

    @Test
    void aChangeThatIsUndoneDoesNotUndoTheUse() throws Exception {
        handle((req, res) -> {
            tokenUsed();
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                audit.record(new Caller(USER, ORGANIZATION, Role.MEMBER, Optional.of(TOKEN)), AuditAction.SNAPSHOT_ADDED,
                        AuditLog.APPLICANT, APPLICANT);
                throw new IllegalStateException("the change failed");
            })).hasMessage("the change failed");
            assertThat(written()).as("the change's entry is undone with it; the use still waits").isEmpty();
        });
        assertThat(written()).containsExactly(AuditAction.TOKEN_USED);
    }

    @Test
    void outsideARequestTheUseIsWrittenAtOnce() {
        RequestContextHolder.resetRequestAttributes();
        tokenUsed();
        assertThat(written()).containsExactly(AuditAction.TOKEN_USED);
    }
}
