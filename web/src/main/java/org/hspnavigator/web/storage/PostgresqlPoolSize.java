package org.hspnavigator.web.storage;

/**
 * The number of PostgreSQL connections one server keeps ({@code hsp.db.pool-size}, {@code HSP_DB_POOL_SIZE}):
 * with several servers on one database, their pools together must stay under the database's
 * {@code max_connections} (DEPLOYMENT.md).
 */
public final class PostgresqlPoolSize {

    /** The size when none is set: enough for two cores' worth of requests waiting on the database. */
    public static final int DEFAULT = 10;
    /** More connections than this would only queue inside PostgreSQL. */
    static final int MAXIMUM = 200;

    private PostgresqlPoolSize() {
    }

    /**
     * The pool size a setting names, or {@link #DEFAULT} when it is blank.
     *
     * @throws IllegalArgumentException naming the setting when it is not a whole number from 1 to 200
     */
    public static int parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        try {
            int size = Integer.parseInt(setting.strip());
            if (size >= 1 && size <= MAXIMUM) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the range
        }
        throw new IllegalArgumentException("hsp.db.pool-size (HSP_DB_POOL_SIZE) must be a whole number from 1 to "
                + MAXIMUM + ", got \"" + setting.strip() + "\"");
    }
}
