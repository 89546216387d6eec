package org.hspnavigator.web.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.hspnavigator.formats.text.Language;

/**
 * The database of the workspace, chosen when the program starts: PostgreSQL when a JDBC URL is given
 * ({@code --db}, {@code HSP_DB_URL}), otherwise SQLite in {@code hsp.db} of the data folder
 * ({@code HSP_DATA_DIR}, else {@code ./data}), which is created on first use. The same choice serves
 * {@code hsp serve}, {@code hsp admin}, {@code hsp backup} and {@code hsp restore}.
 *
 * @param url  the JDBC URL
 * @param kind which database it is
 */
public record Database(String url, Kind kind) {

    /** The database products the schema is written for. */
    public enum Kind {
        SQLITE("sqlite"),
        POSTGRESQL("postgresql");

        private final String vendor;

        Kind(String vendor) {
            this.vendor = vendor;
        }

        /** The folder of the migrations that only this product needs. */
        public String vendor() {
            return vendor;
        }
    }

    /** The file name of the SQLite database in the data folder. */
    public static final String SQLITE_FILE = "hsp.db";
    /** The data folder when none is given, relative to the working folder. */
    public static final String DEFAULT_DATA_DIR = "data";
    /** How long a SQLite connection waits for another writer before it gives up, in milliseconds. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /**
     * The database named by {@code url}, or else the SQLite file of {@code dataDir}; either may be null or
     * blank. Nothing is created until the database is opened ({@link #createFolder}).
     *
     * @throws IllegalArgumentException naming what is wrong with the URL
     */
    public static Database choose(String url, String dataDir) {
        if (url != null && !url.isBlank()) {
            return of(url.strip());
        }
        Path folder = Path.of(dataDir == null || dataDir.isBlank() ? DEFAULT_DATA_DIR : dataDir.strip());
        return sqliteFile(folder.resolve(SQLITE_FILE));
    }

    /** Creates the folder of a SQLite file, with its parents, when missing: the first start makes ./data. */
    public void createFolder() {
        if (kind != Kind.SQLITE) {
            return;
        }
        Path folder = sqlitePath().toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
    }

    /** The file of a SQLite database, as its URL names it. */
    Path sqlitePath() {
        return Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", ""));
    }

    /** The SQLite database in {@code file}. */
    public static Database sqliteFile(Path file) {
        return new Database("jdbc:sqlite:" + file.toAbsolutePath(), Kind.SQLITE);
    }

    /**
     * The database of a JDBC URL: {@code jdbc:postgresql://HOST[:PORT]/NAME?user=U&password=P} or
     * {@code jdbc:sqlite:FILE}.
     */
    public static Database of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new Database(url, Kind.POSTGRESQL);
        }
        if (lower.startsWith("jdbc:sqlite:") && url.length() > "jdbc:sqlite:".length() && !url.contains(":memory:")) {
            return new Database(url, Kind.SQLITE);
        }
        throw new UnknownUrlException(shown(url));
    }

    /**
     * The properties of every connection. SQLite: write-ahead logging (readers never wait for the
     * writer), every commit synced to disk ({@code synchronous=FULL}: a power cut loses no committed
     * change), foreign keys enforced (SQLite's default is off), a wait for a busy database instead
     * of an error, and no generated keys: the ids are made by the server ({@link Ids}), and the driver
     * would otherwise run {@code SELECT last_insert_rowid()} after every insert and keep that query
     * open until the insert's statement is closed (a kept statement's never is, {@link KeptStatements}).
     */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        if (kind == Kind.SQLITE) {
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("synchronous", "FULL");
            properties.setProperty("foreign_keys", "true");
            properties.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
            properties.setProperty("jdbc.get_generated_keys", "false");
        }
        return properties;
    }

    /**
     * How many connections the server keeps: SQLite has one writer at a time, so one connection serves
     * all requests in turn rather than many waiting on its lock; PostgreSQL serves several at once, as
     * many as {@code postgresqlPoolSize}.
     */
    public int poolSize(int postgresqlPoolSize) {
        return kind == Kind.SQLITE ? 1 : postgresqlPoolSize;
    }

    /** The JDBC driver's class, named so that a URL never picks another driver on the class path. */
    public String driverClassName() {
        return kind == Kind.SQLITE ? "org.sqlite.JDBC" : "org.postgresql.Driver";
    }

    /** The URL without its query (where a password may stand), for messages. */
    public String shownUrl() {
        return shown(url);
    }

    private static String shown(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query) + "?...";
        // user:password@host forms keep only the host.
        return base.replaceAll("//[^/@]*@", "//");
    }

    /** A database URL of neither kind (English in its message). */
    public static final class UnknownUrlException extends IllegalArgumentException implements StorageRefusal {

        private static final long serialVersionUID = 1L;

        private final String shownUrl;

        UnknownUrlException(String shownUrl) {
            super(StorageRefusal.text(Language.EN, "db.url", shownUrl));
            this.shownUrl = shownUrl;
        }

        @Override
        public String key() {
            return "db.url";
        }

        @Override
        public Object[] arguments() {
            return new Object[] {shownUrl};
        }
    }
}
