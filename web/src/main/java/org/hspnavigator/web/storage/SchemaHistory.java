package org.hspnavigator.web.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Whether a database's schema is already the one this program knows, read from Flyway's history table
 * alone: every start but the first finds it so, and Flyway's own check (loading its configuration, finding
 * and reading every migration script, twice) took about a twelfth of the server's start-up on the thread
 * that answers the first request. The migrations this build holds are listed, with the checksums Flyway
 * records, in {@code schema-history.tsv} beside this class; any difference in the table (a missing, extra,
 * failed or changed migration, a newer schema, no table yet) leaves the decision to {@link Migrations}.
 */
final class SchemaHistory {

    private static final String LIST = "schema-history.tsv";

    private SchemaHistory() {
    }

    /** One applied migration as Flyway records it. */
    record Migration(String version, String script, int checksum) {
    }

    /**
     * True when the history lists exactly this build's migrations for {@code kind}, in order, each applied
     * successfully with the same checksum; false otherwise, also when the table cannot be read.
     */
    static boolean isCurrent(DataSource dataSource, Database.Kind kind) {
        List<Migration> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, script, checksum, success, type "
                        + "FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                if (!rows.getBoolean("success") || !"SQL".equals(rows.getString("type"))) {
                    return false;
                }
                applied.add(new Migration(rows.getString("version"), rows.getString("script"), rows.getInt("checksum")));
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.equals(known(kind));
    }

    /** The migrations of this build for {@code kind}, in order, from the list beside this class. */
    static List<Migration> known(Database.Kind kind) {
        List<Migration> known = new ArrayList<>();
        try (InputStream in = SchemaHistory.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                if (!line.startsWith("#") && fields[0].equals(kind.vendor())) {
                    known.add(new Migration(fields[1], fields[2], Integer.parseInt(fields[3])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }
}
