package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.TransactionSystemException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The database's storage failures (disk full, read-only, I/O error, no connection) become a 503 problem
 * with Retry-After; a failure of the statement itself (a constraint, a syntax error) stays a 500.
 */
@ExtendWith(OutputCaptureExtension.class)
class StorageUnavailableTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/applicants");

    private static Exception asSpringThrowsIt(SQLException cause) {
        return new UncategorizedSQLException("insert", "INSERT INTO applicant ...", cause);
    }

    @Test
    void aFullDiskOfSqliteIsA503WithRetryAfter() {
        ResponseEntity<byte[]> answer = handler.internal(asSpringThrowsIt(
                new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL)), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).contains("\"status\" : 503", "SQLITE_FULL",
                "try again later", "\"errorId\" : \"");
    }

    @Test
    void theDetailSpeaksTheAskedLanguageAndEnglishStaysAsItWas() throws Exception {
        Exception full = asSpringThrowsIt(new SQLiteException("[SQLITE_FULL] database or disk is full",
                SQLiteErrorCode.SQLITE_FULL));
        assertThat(detail(handler.internal(full, request))).isEqualTo("The database cannot be used now (SQLITE_FULL: "
                + "its disk may be full, read-only or failing); try again later.");
        for (String[] expected : new String[][] {{"ja", "現在データベースを使用できません（SQLITE_FULL："},
            {"zh", "数据库当前无法使用（SQLITE_FULL："}, {"zh-Hant", "資料庫目前無法使用（SQLITE_FULL："},
            {"ko", "지금은 데이터베이스를 사용할 수 없습니다(SQLITE_FULL: "}}) {
            MockHttpServletRequest asked = new MockHttpServletRequest("POST", "/api/v1/applicants");
            asked.addHeader("Accept-Language", expected[0]);
            ResponseEntity<byte[]> answer = handler.internal(full, asked);
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(detail(answer)).as(expected[0]).startsWith(expected[1]).doesNotContain("try again");
        }
    }

    private static String detail(ResponseEntity<byte[]> answer) throws Exception {
        return StrictJson.parse(new String(answer.getBody(), StandardCharsets.UTF_8)).get("detail").stringValue();
    }

    @Test
    void readOnlyAndInputOutputErrorsOfSqliteIncludingExtendedCodesAre503() {
        for (SQLiteErrorCode code : new SQLiteErrorCode[] {SQLiteErrorCode.SQLITE_READONLY, SQLiteErrorCode.SQLITE_READONLY_DBMOVED,
            SQLiteErrorCode.SQLITE_IOERR, SQLiteErrorCode.SQLITE_IOERR_WRITE, SQLiteErrorCode.SQLITE_IOERR_FSYNC,
            SQLiteErrorCode.SQLITE_CANTOPEN, SQLiteErrorCode.SQLITE_BUSY}) {
            assertThat(StorageUnavailable.cause(asSpringThrowsIt(new SQLiteException("x", code)))).as(code.name())
                    .contains(code.name());
        }
    }

    @Test
    void aStatementsOwnFailureStaysA500() {
        SQLiteException constraint = new SQLiteException("UNIQUE constraint failed", SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE);
        assertThat(StorageUnavailable.cause(new DataIntegrityViolationException("dup", constraint))).isEmpty();
        assertThat(StorageUnavailable.cause(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(StorageUnavailable.cause(new IllegalStateException("a defect"))).isEmpty();
        ResponseEntity<byte[]> answer = handler.internal(asSpringThrowsIt(
                new SQLiteException("[SQLITE_ERROR] no such table", SQLiteErrorCode.SQLITE_ERROR)), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNull();
    }

    @Test
    void postgresqlsDiskFullReadOnlyAndLostConnectionsAre503() {
        assertThat(StorageUnavailable.cause(asSpringThrowsIt(new SQLException("could not extend file", "53100"))))
                .contains("SQLSTATE 53100");
        assertThat(StorageUnavailable.cause(asSpringThrowsIt(new SQLException("read-only transaction", "25006"))))
                .contains("SQLSTATE 25006");
        assertThat(StorageUnavailable.cause(asSpringThrowsIt(new SQLException("connection refused", "08001"))))
                .contains("SQLSTATE 08001");
        assertThat(StorageUnavailable.cause(asSpringThrowsIt(new SQLException("shutting down", "57P01"))))
                .contains("SQLSTATE 57P01");
        assertThat(StorageUnavailable.cause(new SQLTransientConnectionException("hsp - Connection is not available")))
                .contains("no database connection");
    }

    /**
     * PostgreSQL stopped by a PANIC (its write-ahead log's disk full, bench/walfull.sh) during a
     * transaction: the statement fails on the lost connection, then the rollback fails on the connection
     * the pool has closed, whose exception has no SQLSTATE and replaces the statement's.
     */
    @Test
    void aRollbackThatFailsAfterTheConnectionWasLostIsA503Too() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(asSpringThrowsIt(new SQLException("An I/O error occurred while sending to "
                + "the backend.", "08006")));
        assertThat(StorageUnavailable.cause(rollback)).contains("SQLSTATE 08006");
        ResponseEntity<byte[]> answer = handler.internal(rollback, request);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");

        TransactionSystemException commitThenRollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(StorageUnavailable.cause(commitThenRollback)).as("a failed commit's rollback, thrown alone")
                .contains("no database connection");
        assertThat(StorageUnavailable.cause(new TransactionSystemException("JDBC commit failed",
                new SQLException("could not serialize access", "40001")))).as("a commit's own failure").isEmpty();

        TransactionSystemException afterADefect = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        afterADefect.initApplicationException(new IllegalStateException("a defect"));
        assertThat(StorageUnavailable.cause(afterADefect)).as("a rollback after the statement's own failure").isEmpty();
    }

    /**
     * One line a refused request, with the problem's id and the innermost cause's class and first line:
     * no stack trace, and not the lines of a database's message after the first, which may quote a row.
     */
    @Test
    void aRefusalIsLoggedAsOneLineWithTheProblemsIdAndTheInnermostCause(CapturedOutput output) {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.\n  Detail: taro@example.jp", "08001",
                new java.net.ConnectException("Connection refused"));
        ResponseEntity<byte[]> answer = handler.internal(asSpringThrowsIt(new SQLTransientConnectionException(
                "hsp - Connection is not available, request timed out after 5000ms", refused)), request);
        String body = new String(answer.getBody(), StandardCharsets.UTF_8);
        String id = body.replaceAll("(?s).*\"errorId\" : \"([0-9a-f-]{36})\".*", "$1");
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(output.getAll().lines().filter(line -> line.contains(id)).toList()).singleElement().asString()
                .endsWith("storage unavailable (no database connection) in POST /api/v1/applicants, problem " + id
                        + ": java.net.ConnectException: Connection refused");
        assertThat(output.getAll()).doesNotContain("\tat ", "taro@example.jp");

        handler.internal(asSpringThrowsIt(new SQLException("Connection to 127.0.0.1:5432 refused.\n  Detail: taro@example.jp",
                "08001")), request);
        assertThat(output.getAll()).contains("storage unavailable (SQLSTATE 08001) in POST /api/v1/applicants, problem ")
                .contains(": java.sql.SQLException: Connection to 127.0.0.1:5432 refused.")
                .doesNotContain("\tat ", "taro@example.jp");
    }

    /** A defect keeps its stack trace in the log, once, under the id its 500 problem gives. */
    @Test
    void anInternalErrorStillLogsItsStackTraceOnceWithItsId(CapturedOutput output) {
        ResponseEntity<byte[]> answer = handler.internal(new IllegalStateException("a defect"), request);
        String body = new String(answer.getBody(), StandardCharsets.UTF_8);
        String id = body.replaceAll("(?s).*\"errorId\" : \"([0-9a-f-]{36})\".*", "$1");
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(output.getAll().lines().filter(line -> line.contains("internal error " + id)).count()).isEqualTo(1);
        assertThat(output.getAll()).contains("\tat org.hspnavigator.web.system.StorageUnavailableTest");
    }

    /**
     * A defect whose rollback failed too: Spring throws the rollback's failure and keeps the statement's
     * aside (and no longer logs it itself); the log has both, without their messages.
     */
    @Test
    void anInternalErrorWhoseRollbackFailedLogsTheStatementsFailureToo(CapturedOutput output) {
        TransactionSystemException rollback = new TransactionSystemException("Application exception overridden by "
                + "rollback exception", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataIntegrityViolationException("duplicate",
                new SQLException("Key (email)=(taro@example.jp) already exists.", "23505")));
        ResponseEntity<byte[]> answer = handler.internal(rollback, request);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(output.getAll()).contains("Suppressed: java.lang.Throwable: "
                + "org.springframework.dao.DataIntegrityViolationException").doesNotContain("taro@example.jp");
    }

    /** A commit on a file system turned read-only under the server (bench/readonly.sh): SQLite's code, not a lost connection. */
    @Test
    void aSqliteCommitThatFailsIsNamedBySqlitesCode() {
        assertThat(StorageUnavailable.cause(new TransactionSystemException("Could not commit JDBC transaction",
                new SQLiteException("[SQLITE_IOERR_WRITE] disk I/O error", SQLiteErrorCode.SQLITE_IOERR_WRITE))))
                .contains("SQLITE_IOERR_WRITE");
        assertThat(StorageUnavailable.cause(new TransactionSystemException("Could not commit JDBC transaction",
                new SQLiteException("[SQLITE_CONSTRAINT] deferred foreign key", SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY))))
                .as("a commit's own failure").isEmpty();
    }

    @Test
    void aFullDiskOutsideTheDatabaseIsA503Too() {
        assertThat(StorageUnavailable.cause(new java.io.UncheckedIOException(new IOException("No space left on device"))))
                .contains("no space left on device");
        assertThat(StorageUnavailable.cause(new IOException("Broken pipe"))).isEmpty();
    }
}
