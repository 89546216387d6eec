package org.hspnavigator.web.storage;

import java.time.Duration;
import java.util.Properties;

/**
 * How long the server waits for PostgreSQL to say anything on a connection before it gives the connection
 * up ({@code hsp.db.socket-timeout}, {@code HSP_DB_SOCKET_TIMEOUT}): the driver's {@code socketTimeout}
 * (an answer to a statement, the start of a session) and {@code connectTimeout} (the connection itself).
 * The wait for a connection from the pool ({@link ConnectionTimeout}) does not bound a statement: on a
 * network that drops packets, rather than refusing or resetting connections, a statement sent on a pooled
 * connection waits for an answer that does not come, and the driver's own default is to wait for ever.
 * A request then holds its worker and its connection until the network is back; with this timeout it
 * is refused with a 503 problem (SQLSTATE 08006) instead and the connection is closed. Set on the server's
 * pool only: the migrations at start-up and the commands ({@code hsp backup}, {@code hsp admin}) may wait
 * longer than a request should, for an index being built or another instance's migration.
 */
public final class SocketTimeout {

    /** The wait when none is set: longer than any statement of a request takes, short enough for a client. */
    public static final Duration DEFAULT = Duration.ofSeconds(10);
    /** The least wait: the driver counts whole seconds. */
    static final Duration MINIMUM = Duration.ofSeconds(1);
    /** Beyond this a client has given up long before. */
    static final Duration MAXIMUM = Duration.ofMinutes(30);

    private SocketTimeout() {
    }

    /**
     * The setting, or {@link #DEFAULT} when it is not set.
     *
     * @throws IllegalArgumentException naming the setting when it is not whole seconds from 1 s to 30 min
     */
    public static Duration of(Duration setting) {
        if (setting == null) {
            return DEFAULT;
        }
        if (setting.compareTo(MINIMUM) < 0 || setting.compareTo(MAXIMUM) > 0 || setting.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("hsp.db.socket-timeout (HSP_DB_SOCKET_TIMEOUT) must be whole seconds from 1s "
                    + "to 30m, got " + setting);
        }
        return setting;
    }

    /**
     * Adds the driver's {@code socketTimeout} and {@code connectTimeout} of {@code timeout} to a PostgreSQL
     * connection's {@code properties}; the same parameters in the JDBC URL take precedence over them.
     */
    static void addTo(Properties properties, Duration timeout) {
        String seconds = Long.toString(timeout.toSeconds());
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("connectTimeout", seconds);
    }
}
