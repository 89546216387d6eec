package org.hspnavigator.web.storage;

import java.time.Duration;

/**
 * How long a request waits for a database connection before it is refused with a 503 problem
 * ({@code hsp.db.connection-timeout}, {@code HSP_DB_CONNECTION_TIMEOUT}). On PostgreSQL the wait is short by
 * default: when the database is down (stopped by a PANIC, its write-ahead log's disk full, or unreachable)
 * no connection will come, and a client should hear so in seconds rather than after the pool's own 30 s,
 * while readiness tells the load balancer to send requests elsewhere. On SQLite the one connection is
 * a queue, not a remote database that can be down: a request waits its turn behind the others as long as
 * the pool's default allows, so that a burst of requests is served rather than refused.
 */
public final class ConnectionTimeout {

    /** PostgreSQL's wait when none is set: a few seconds, longer than a busy pool's usual wait for a turn. */
    public static final Duration POSTGRESQL_DEFAULT = Duration.ofSeconds(5);
    /** SQLite's wait when none is set: the pool's own default. */
    public static final Duration SQLITE_DEFAULT = Duration.ofSeconds(30);
    /** The least wait the pool takes. */
    static final Duration MINIMUM = Duration.ofMillis(250);
    /** Beyond this a client has given up long before. */
    static final Duration MAXIMUM = Duration.ofMinutes(5);

    private ConnectionTimeout() {
    }

    /**
     * The wait for {@code database}: the setting, or the database's default when it is not set.
     *
     * @throws IllegalArgumentException naming the setting when it is outside 250 ms to 5 min
     */
    public static Duration of(Duration setting, Database database) {
        if (setting == null) {
            return database.kind() == Database.Kind.SQLITE ? SQLITE_DEFAULT : POSTGRESQL_DEFAULT;
        }
        if (setting.compareTo(MINIMUM) < 0 || setting.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("hsp.db.connection-timeout (HSP_DB_CONNECTION_TIMEOUT) must be from 250ms to "
                    + "5m, got " + setting);
        }
        return setting;
    }
}
