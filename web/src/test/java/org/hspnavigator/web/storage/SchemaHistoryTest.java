package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The start's shortcut past Flyway: taken only when the history table lists exactly this build's
 * migrations, and its list kept equal to what Flyway finds in the build.
 */
class SchemaHistoryTest {

    /**
     * Flyway's own view of the build's migrations for each product (read on an empty SQLite database: the
     * checksums come from the scripts, nothing is run) equals the list the shortcut compares with.
     */
    @ParameterizedTest
    @EnumSource(Database.Kind.class)
    void theListHoldsTheMigrationsFlywayFinds(Database.Kind kind) {
        Database empty = TestDatabases.sqlite();
        try (HikariDataSource dataSource = Backups.dataSource(empty)) {
            Database product = new Database(empty.url(), kind);
            assertThat(SchemaHistory.known(kind)).isNotEmpty().isEqualTo(new Migrations(product, dataSource).known());
        }
    }

    @Test
    void aMigratedDatabaseIsCurrentAndAnEmptyOneIsNot() {
        Database database = TestDatabases.sqlite();
        try (HikariDataSource dataSource = Backups.dataSource(database)) {
            assertThat(SchemaHistory.isCurrent(dataSource, Database.Kind.SQLITE)).isFalse();
            new Migrations(database, dataSource).migrate();
            assertThat(SchemaHistory.isCurrent(dataSource, Database.Kind.SQLITE)).isTrue();
            assertThat(SchemaHistory.isCurrent(dataSource, Database.Kind.POSTGRESQL)).as("another product's checksums")
                    .isFalse();
        }
    }

    /** Each difference from the list sends the start through Flyway, which migrates, refuses or fails. */
    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'",
        "UPDATE flyway_schema_history SET success = 0 WHERE version = '3'",
        "DELETE FROM flyway_schema_history WHERE version = '3'",
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                + "installed_on, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                + "'V99__from_the_future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, 1)"})
    void aHistoryThatDiffersIsNotCurrent(String change) {
        Database database = TestDatabases.sqlite();
        try (HikariDataSource dataSource = Backups.dataSource(database)) {
            new Migrations(database, dataSource).migrate();
            JdbcClient.create(dataSource).sql(change).update();
            assertThat(SchemaHistory.isCurrent(dataSource, Database.Kind.SQLITE)).isFalse();
        }
    }
}
