package org.hspnavigator.web.storage;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.hspnavigator.formats.text.Language;

/**
 * The schema's one Flyway history, for SQLite and PostgreSQL alike: the migrations of
 * {@code db/migration/common} are plain SQL both run; the few statements only one product
 * understands (the triggers that keep the audit log append-only) stand in {@code db/migration/sqlite}
 * and {@code db/migration/postgresql} under the same version numbers. A database whose schema is newer
 * than this program knows is refused, with the versions in words: migrating it would be guessing.
 */
public final class Migrations {

    private final Database database;
    private final Flyway flyway;

    public Migrations(Database database, DataSource dataSource) {
        this(database, dataSource, null);
    }

    /** Migrations that stop at {@code target} (a version, as a restore needs), or run to the latest when null. */
    public Migrations(Database database, DataSource dataSource, String target) {
        this.database = database;
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + database.kind().vendor())
                .failOnMissingLocations(true)
                .validateMigrationNaming(true);
        if (target != null) {
            configuration.target(MigrationVersion.fromVersion(target));
        }
        this.flyway = configuration.load();
    }

    /**
     * Brings the schema to this program's version, creating it in an empty database.
     *
     * @throws NewerSchemaException when the database holds migrations this program does not know
     */
    public void migrate() {
        refuseNewerSchema();
        flyway.migrate();
    }

    /** The latest version this program knows. */
    public String latestKnownVersion() {
        MigrationInfo[] all = flyway.info().all();
        String latest = null;
        for (MigrationInfo migration : all) {
            if (migration.getState() != MigrationState.FUTURE_SUCCESS && migration.getVersion() != null) {
                latest = migration.getVersion().getVersion();
            }
        }
        return latest;
    }

    /** The migrations this program knows, in order, as Flyway records them once applied. */
    List<SchemaHistory.Migration> known() {
        List<SchemaHistory.Migration> known = new ArrayList<>();
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getState() != MigrationState.FUTURE_SUCCESS && migration.getState() != MigrationState.FUTURE_FAILED
                    && migration.getVersion() != null) {
                known.add(new SchemaHistory.Migration(migration.getVersion().getVersion(), migration.getScript(),
                        migration.getChecksum()));
            }
        }
        return known;
    }

    /** The version of the schema in the database, or null for an empty database. */
    public String currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
    }

    private void refuseNewerSchema() {
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED) {
                throw new NewerSchemaException(database.shownUrl(), currentVersion(), latestKnownVersion());
            }
        }
    }

    /** A database written by a newer version of the program. */
    public static final class NewerSchemaException extends RuntimeException implements StorageRefusal {

        private static final long serialVersionUID = 1L;

        private final String[] arguments;

        NewerSchemaException(String database, String version, String latestKnown) {
            super(StorageRefusal.text(Language.EN, "schema.newer", database, version, latestKnown));
            this.arguments = new String[] {database, version, latestKnown};
        }

        @Override
        public String key() {
            return "schema.newer";
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }
    }
}
