package org.hspnavigator.web.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.core.CoreStatement;

/**
 * SQLite's connections, each keeping the statements it prepared for the next use of the same SQL.
 * sqlite-jdbc has no statement cache: every call parsed and planned its SQL anew, 5 to 8 % of a
 * logged-in request's processor time under {@code bench/load.sh}. A statement its user closes is kept
 * open, its parameters cleared, and handed out again for the same SQL, at most {@link #CAPACITY} a
 * connection (the least recently used is closed beyond). A statement given back is reset in SQLite, so
 * a kept statement holds no read transaction open and leaves nothing in progress for {@code VACUUM
 * INTO}. A statement asked for while its SQL's kept one is still in use is prepared apart and closed as
 * usual. PostgreSQL's driver keeps its own prepared statements; this is for SQLite's.
 */
final class KeptStatements implements DataSource {

    /** More than the server's distinct statements, so that none is prepared twice in the long run. */
    static final int CAPACITY = 256;

    private static final Driver DRIVER = new org.sqlite.JDBC();

    private final String url;
    private final Properties properties;
    private volatile int loginTimeout;

    KeptStatements(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DRIVER.connect(url, properties);
        return (Connection) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Kept(connection));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Nothing is logged through a writer.
    }

    /**
     * Kept though a SQLite file has no login: Hikari sets it from its connection timeout and, on closing,
     * waits that long for the thread that adds its connections to stop. Zero waited not at all: a pool
     * closed right after its first use (hsp admin, backup, restore) found that thread, idle but still
     * ending, and warned about it about half the time.
     */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }

    /** One connection and the statements it keeps, by SQL, the most recently used last. */
    private static final class Kept implements InvocationHandler {

        private final Connection connection;
        private final Map<String, Statement> statements = new LinkedHashMap<>(64, 0.75f, true);

        Kept(Connection connection) {
            this.connection = connection;
        }

        @Override
        public synchronized Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement":
                    if (arguments.length == 1) {
                        return prepare(proxy, (String) arguments[0]);
                    }
                    break;
                case "close":
                    closeAll();
                    break;
                case "equals":
                    return proxy == arguments[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    break;
            }
            return delegate(connection, method, arguments);
        }

        private PreparedStatement prepare(Object proxy, String sql) throws SQLException {
            Statement kept = statements.get(sql);
            if (kept != null && kept.inUse) {
                return connection.prepareStatement(sql);
            }
            if (kept == null) {
                kept = new Statement(this, connection.prepareStatement(sql), (Connection) proxy);
                statements.put(sql, kept);
                evictBeyondCapacity();
            }
            kept.inUse = true;
            return kept.handedOut;
        }

        private void evictBeyondCapacity() throws SQLException {
            var eldest = statements.values().iterator();
            while (statements.size() > CAPACITY && eldest.hasNext()) {
                Statement statement = eldest.next();
                if (!statement.inUse) {
                    eldest.remove();
                    statement.statement.close();
                }
            }
        }

        private void closeAll() {
            List<Statement> all = new ArrayList<>(statements.values());
            statements.clear();
            for (Statement statement : all) {
                try {
                    statement.statement.close();
                } catch (SQLException closedWithTheConnection) {
                    // The connection closes whatever is left of it.
                }
            }
        }

        /** The user is done with a kept statement: cleared for its next use, or closed when it cannot be. */
        synchronized void release(Statement statement) throws SQLException {
            if (!statement.inUse) {
                return;
            }
            statement.inUse = false;
            try {
                if (statement.results != null && !statement.results.isClosed()) {
                    statement.results.close();
                }
                statement.results = null;
                statement.statement.clearParameters();
                reset(statement.statement);
            } catch (SQLException e) {
                statements.values().remove(statement);
                statement.statement.close();
                throw e;
            }
        }

        /**
         * Resets the statement in SQLite, whatever its user did with it: a statement stepped and not reset
         * (a query run with {@code execute()} whose rows were never asked for, or read only in part) is
         * still active, which holds a read transaction open and makes {@code VACUUM INTO} on the same
         * connection fail with "SQL statements in progress". Closing the result set resets it only when
         * the user asked for it.
         */
        private static void reset(PreparedStatement statement) throws SQLException {
            statement.unwrap(CoreStatement.class).pointer.safeRunInt((database, pointer) -> database.reset(pointer));
        }

        synchronized boolean inUse(Statement statement) {
            return statement.inUse;
        }
    }

    /** A kept statement and what its user holds: the same statement, whose close keeps it for the next use. */
    private static final class Statement implements InvocationHandler {

        private final Kept owner;
        private final PreparedStatement statement;
        private final Connection connection;
        private final PreparedStatement handedOut;
        private boolean inUse;
        /** The result set last handed out, closed (so the statement reset) when the user did not close it. */
        private ResultSet results;

        Statement(Kept owner, PreparedStatement statement, Connection connection) {
            this.owner = owner;
            this.statement = statement;
            this.connection = connection;
            this.handedOut = (PreparedStatement) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            switch (method.getName()) {
                case "close":
                    owner.release(this);
                    return null;
                case "isClosed":
                    return !owner.inUse(this) || statement.isClosed();
                case "getConnection":
                    return connection;
                case "equals":
                    return proxy == arguments[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "executeQuery", "getResultSet":
                    results = (ResultSet) delegate(statement, method, arguments);
                    return results;
                default:
                    return delegate(statement, method, arguments);
            }
        }
    }

    private static Object delegate(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
