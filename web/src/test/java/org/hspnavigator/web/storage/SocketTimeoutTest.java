package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.hspnavigator.web.system.StorageUnavailable;
import org.junit.jupiter.api.Test;

/**
 * The server's pool gives a PostgreSQL connection up when the database stops answering on it (a network
 * that drops packets), instead of waiting for ever: the request is refused as the storage's failure, and
 * the pool's next connection works once the database answers again.
 */
class SocketTimeoutTest {

    @Test
    void unsetItIsTenSeconds() {
        assertThat(SocketTimeout.of(null)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void wholeSecondsFromOneSecondToThirtyMinutesAreTaken() {
        assertThat(SocketTimeout.of(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(SocketTimeout.of(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anotherSettingIsRefusedWithItsNameAndRange() {
        for (Duration setting : new Duration[] {Duration.ZERO, Duration.ofMillis(999), Duration.ofMillis(1500),
            Duration.ofMinutes(30).plusSeconds(1), Duration.ofSeconds(-1)}) {
            assertThatThrownBy(() -> SocketTimeout.of(setting)).as(setting.toString())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("hsp.db.socket-timeout (HSP_DB_SOCKET_TIMEOUT) must be whole seconds from 1s to 30m, got "
                            + setting);
        }
    }

    @Test
    void onlyPostgresqlConnectionsGetTheDriversTimeouts() {
        var postgresql = DatabaseConfiguration.serving(Database.of("jdbc:postgresql://db/hsp"), 10, Duration.ofSeconds(5),
                Duration.ofSeconds(7)).getDataSourceProperties();
        assertThat(postgresql).containsEntry("socketTimeout", "7").containsEntry("connectTimeout", "7");
        var sqlite = DatabaseConfiguration.serving(TestDatabases.sqlite(), 10, Duration.ofSeconds(30),
                Duration.ofSeconds(7)).getDataSourceProperties();
        assertThat(sqlite).doesNotContainKeys("socketTimeout", "connectTimeout");
    }

    /**
     * A statement whose answer does not come for longer than the timeout: on the server's side the answer
     * is late (pg_sleep), on the driver's it is a connection that has gone silent, as behind a partition.
     */
    @Test
    void aStatementWithoutAnAnswerEndsAfterTheTimeoutAsAStorageFailureAndThePoolRecovers() {
        Database database = TestDatabases.postgresql();
        try (HikariDataSource pool = new HikariDataSource(DatabaseConfiguration.serving(database, 2, Duration.ofSeconds(5),
                Duration.ofSeconds(1)))) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> {
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_sleep(30)");
                }
            }).isInstanceOfSatisfying(SQLException.class, silent -> {
                assertThat(silent.getSQLState()).isEqualTo("08006");
                assertThat(StorageUnavailable.cause(silent)).contains("SQLSTATE 08006");
            }));
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    assertThat(statement.execute("SELECT 1")).isTrue();
                }
            });
        }
    }
}
