package org.hspnavigator.web.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import org.hspnavigator.formats.text.Language;

/**
 * The backup and restore of the workspace's database. A backup is always a SQLite database file, so that
 * one file restores into either kind: from SQLite, SQLite's own online backup ({@code VACUUM INTO}: a
 * consistent copy while the server writes); from PostgreSQL, a consistent export (every table read in one
 * read-only, repeatable-read transaction) into a new SQLite file migrated to the same schema version. A
 * restore fills an empty database of either kind: it migrates it to the backup's schema version, copies
 * every table, then migrates it on to the latest version this program knows.
 */
public final class Backups {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private Backups() {
    }

    /** A backup or restore refused, with the reason in words (English in its message). */
    public static final class RefusedException extends Exception implements StorageRefusal {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String[] arguments;

        RefusedException(String key, String... arguments) {
            super(StorageRefusal.text(Language.EN, key, (Object[]) arguments));
            this.key = key;
            this.arguments = arguments;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /** Writes a backup of {@code database} to {@code file}, which must not exist; returns the rows per table. */
    public static Map<String, Long> backup(Database database, Path file) throws RefusedException, SQLException {
        if (Files.exists(file)) {
            throw new RefusedException("backup.exists", file.toString());
        }
        try (HikariDataSource dataSource = dataSource(database)) {
            new Migrations(database, dataSource).migrate();
            if (database.kind() == Database.Kind.SQLITE) {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, file.toAbsolutePath().toString());
                    vacuum.execute();
                }
            } else {
                exportPostgresql(database, dataSource, file);
            }
        }
        return counts(Database.sqliteFile(file));
    }

    private static void exportPostgresql(Database database, HikariDataSource source, Path file) throws SQLException {
        Database copy = Database.sqliteFile(file);
        String version = new Migrations(database, source).currentVersion();
        try (HikariDataSource targetSource = dataSource(copy)) {
            new Migrations(copy, targetSource, version).migrate();
        }
        try (Connection read = source.getConnection();
                HikariDataSource targetSource = dataSource(copy)) {
            read.setAutoCommit(false);
            read.setReadOnly(true);
            read.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Connection write = targetSource.getConnection()) {
                write.setAutoCommit(false);
                TableCopier.copy(read, write);
                write.commit();
            }
            read.commit();
        }
    }

    /**
     * Restores the backup {@code file} into {@code database}, which must hold no data; returns the rows per
     * table.
     */
    public static Map<String, Long> restore(Path file, Database database) throws RefusedException, SQLException {
        if (!isSqlite(file)) {
            throw new RefusedException("backup.notSqlite", file.toString());
        }
        Database backup = Database.sqliteFile(file);
        String version;
        try (Connection connection = open(backup)) {
            version = schemaVersion(connection);
        }
        try (HikariDataSource target = dataSource(database)) {
            Migrations toBackup = new Migrations(database, target, version);
            String latest = new Migrations(database, target).latestKnownVersion();
            if (Integer.parseInt(version) > Integer.parseInt(latest)) {
                throw new RefusedException("backup.newerSchema", version, latest);
            }
            toBackup.migrate();
            try (Connection write = target.getConnection()) {
                for (String table : Tables.IN_DEPENDENCY_ORDER) {
                    if (rowCount(write, table) > 0) {
                        throw new RefusedException("restore.notEmpty", database.shownUrl(), table);
                    }
                }
                write.setAutoCommit(false);
                try (Connection read = open(backup)) {
                    TableCopier.copy(read, write);
                }
                write.commit();
            }
            new Migrations(database, target).migrate();
        }
        return counts(database);
    }

    /** The rows of every table. */
    public static Map<String, Long> counts(Database database) throws SQLException {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (Connection connection = open(database)) {
            for (String table : Tables.IN_DEPENDENCY_ORDER) {
                counts.put(table, rowCount(connection, table));
            }
        }
        return counts;
    }

    /** The rows of every table as text, in key order: what a round trip must keep. */
    public static Map<String, java.util.List<java.util.List<Object>>> contents(Database database) throws SQLException {
        Map<String, java.util.List<java.util.List<Object>>> contents = new java.util.LinkedHashMap<>();
        try (Connection connection = open(database)) {
            for (String table : Tables.IN_DEPENDENCY_ORDER) {
                contents.put(table, TableCopier.rows(connection, table));
            }
        }
        return contents;
    }

    private static long rowCount(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException, RefusedException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version FROM " + Tables.SCHEMA_HISTORY
                        + " WHERE success = 1 AND version IS NOT NULL")) {
            int latest = 0;
            while (rows.next()) {
                latest = Math.max(latest, Integer.parseInt(rows.getString(1)));
            }
            if (latest == 0) {
                throw new RefusedException("backup.noSchema");
            }
            return Integer.toString(latest);
        } catch (SQLException e) {
            throw new RefusedException("backup.noHistory");
        }
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** A connection of its own, with the settings of every connection (foreign keys on, for SQLite). */
    static Connection open(Database database) throws SQLException {
        database.createFolder();
        return java.sql.DriverManager.getConnection(database.url(), database.connectionProperties());
    }

    /** A small pool for a command that starts no server. */
    public static HikariDataSource dataSource(Database database) {
        var config = DatabaseConfiguration.hikari(database);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

}
