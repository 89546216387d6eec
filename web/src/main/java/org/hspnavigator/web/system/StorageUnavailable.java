package org.hspnavigator.web.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;
import org.sqlite.SQLiteException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The failures of the database that are the storage's and not the request's: a full disk, a read-only
 * file system or database, an input/output error, a database that cannot be reached or is locked past
 * the wait. They are answered 503 (Service Unavailable) with {@code Retry-After}, a problem the client
 * can act on (try again later), instead of a 500 that says the server is broken; the operator finds one
 * log line naming the cause's code, without a stack trace and without the database's message (which may
 * quote a row's values).
 */
public final class StorageUnavailable {

    /** How long a client should wait before it tries again, in seconds. */
    public static final long RETRY_AFTER_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(StorageUnavailable.class);

    /** SQLite's primary result codes that mean the storage, not the statement: BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN. */
    private static final java.util.Set<Integer> SQLITE_STORAGE_CODES = java.util.Set.of(5, 6, 8, 10, 13, 14);

    private StorageUnavailable() {
    }

    /**
     * The name of the storage failure behind {@code failure} (a SQLite result code such as
     * {@code SQLITE_FULL}, or a PostgreSQL SQLSTATE such as {@code 53100}), if it is one.
     */
    public static Optional<String> cause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            // A rollback after a lost connection fails too, on the connection the pool has already closed
            // ("Connection is closed", no SQLSTATE), and its exception replaces the statement's: the
            // statement's own failure, kept as the application exception, says what happened.
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                Optional<String> statement = cause(rollback.getApplicationException());
                if (statement.isPresent()) {
                    return statement;
                }
            }
            // A commit that failed on the lost connection, then its rollback on the closed one: Spring throws
            // the rollback's failure alone ("Commit exception overridden by rollback exception"). A commit or
            // rollback that fails without a SQLSTATE has no statement of its own to blame: the connection.
            if (t instanceof TransactionSystemException ending && ending.getApplicationException() == null
                    && ending.getCause() instanceof SQLException closed && closed.getSQLState() == null) {
                return Optional.of("no database connection");
            }
            if (t instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xFF;
                if (SQLITE_STORAGE_CODES.contains(primary)) {
                    return Optional.of(sqlite.getResultCode().name());
                }
                return Optional.empty();
            }
            if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException) {
                return Optional.of("no database connection");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isStorageState(sql.getSQLState())) {
                return Optional.of("SQLSTATE " + sql.getSQLState());
            }
            if (t instanceof IOException io && io.getMessage() != null && io.getMessage().contains("No space left on device")) {
                return Optional.of("no space left on device");
            }
        }
        return Optional.empty();
    }

    /**
     * PostgreSQL's classes of the server's resources and state: 53 insufficient resources (53100 disk
     * full), 08 connection exceptions, 57P01 to 57P03 shutdown and start-up, 58030 I/O error, 25006 a
     * read-only transaction (a standby, or a database set read-only).
     */
    private static boolean isStorageState(String state) {
        return state.startsWith("53") || state.startsWith("08") || state.startsWith("57P0") || state.equals("58030")
                || state.equals("25006");
    }

    /** The 503 problem for a storage failure named {@code cause}, in {@code language}, logged as one line. */
    public static ResponseEntity<byte[]> response(String cause, String request, String instance, Language language) {
        log(cause, request);
        ObjectNode problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, Problem.of("storage.unavailable", cause),
                instance, language);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        return Problems.response(problem, headers);
    }

    /** The one log line of a request refused for the storage failure named {@code cause}. */
    public static void log(String cause, String request) {
        LOG.warn("storage unavailable ({}) in {}", cause, request);
    }
}
