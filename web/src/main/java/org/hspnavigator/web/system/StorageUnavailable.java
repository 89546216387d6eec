package org.hspnavigator.web.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.UUID;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.sqlite.SQLiteException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The failures of the database that are the storage's and not the request's: a full disk, a read-only
 * file system or database, an input/output error, a database that cannot be reached or is locked past
 * the wait. They are answered 503 (Service Unavailable) with {@code Retry-After}, a problem the client
 * can act on (try again later), instead of a 500 that says the server is broken. The operator finds one
 * log line a refused request: the cause's code, the problem's {@code errorId}, and the class and first
 * line of the message of the failure's innermost cause ({@code java.net.ConnectException: Connection
 * refused}), without a stack trace: a database that is down refuses every request the same way, and a
 * thousand identical stack traces would bury what the log has to say. A storage failure's message names
 * files, addresses and codes, not a row's values; the lines after the first (PostgreSQL's detail and
 * context) are left out, as they might.
 */
public final class StorageUnavailable {

    /** How long a client should wait before it tries again, in seconds. */
    public static final long RETRY_AFTER_SECONDS = 30;

    /**
     * The request attribute set on a request refused for the storage: its audit entries still waiting are
     * kept for later without another try ({@code audit.EntriesBeforeAnswer}), as that try would wait for the
     * same database again, as long again when it has stopped answering.
     */
    public static final String REFUSED = StorageUnavailable.class.getName() + ".refused";

    /** The most of a cause's message a log line keeps: its reason, not a document it may quote. */
    private static final int MESSAGE_LENGTH = 200;

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
            // SQLite gives no SQLSTATE at all: its result code, read below, names the cause.
            if (t instanceof TransactionSystemException ending && ending.getApplicationException() == null
                    && ending.getCause() instanceof SQLException closed && closed.getSQLState() == null
                    && !(closed instanceof SQLiteException)) {
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

    /**
     * The 503 problem for a storage failure named {@code cause}, in {@code language}, with its
     * {@code errorId}, logged as one line under that id.
     */
    public static ResponseEntity<byte[]> response(String cause, Throwable failure, String request, String instance,
            Language language) {
        String id = log(cause, failure, request);
        ObjectNode problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, Problem.of("storage.unavailable", cause),
                instance, language);
        problem.put("errorId", id);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        return Problems.response(problem, headers);
    }

    /**
     * The one log line of a request refused for the storage failure named {@code cause}: a fresh id, the
     * request, and the innermost cause of {@code failure} (its class and the first line of its message);
     * returns the id. The request under way, if any, is marked {@link #REFUSED}.
     */
    public static String log(String cause, Throwable failure, String request) {
        String id = UUID.randomUUID().toString();
        LOG.warn("storage unavailable ({}) in {}, problem {}: {}", cause, request, id, innermost(failure));
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(REFUSED, id, RequestAttributes.SCOPE_REQUEST);
        }
        return id;
    }

    /** The innermost cause's class and the first line of its message, at most {@value #MESSAGE_LENGTH} characters. */
    static String innermost(Throwable failure) {
        if (failure == null) {
            return "no exception";
        }
        Throwable inner = failure;
        for (int depth = 0; inner.getCause() != null && inner.getCause() != inner && depth < 20; depth++) {
            inner = inner.getCause();
        }
        String message = inner.getMessage() == null ? "" : inner.getMessage().strip().lines().findFirst().orElse("");
        if (message.length() > MESSAGE_LENGTH) {
            message = message.substring(0, MESSAGE_LENGTH) + "...";
        }
        return message.isEmpty() ? inner.getClass().getName() : inner.getClass().getName() + ": " + message;
    }
}
