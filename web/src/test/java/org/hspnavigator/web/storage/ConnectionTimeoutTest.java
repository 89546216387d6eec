package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait for a connection: short on PostgreSQL, whose outage no waiting cures; SQLite's queue keeps the pool's. */
class ConnectionTimeoutTest {

    private static final Database POSTGRESQL = Database.of("jdbc:postgresql://db/hsp");
    private static final Database SQLITE = Database.of("jdbc:sqlite:x.db");

    @Test
    void unsetItIsFiveSecondsOnPostgresqlAndThirtyOnSqlite() {
        assertThat(ConnectionTimeout.of(null, POSTGRESQL)).isEqualTo(Duration.ofSeconds(5));
        assertThat(ConnectionTimeout.of(null, SQLITE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aSettingFrom250MillisecondsToFiveMinutesIsTakenOnEither() {
        assertThat(ConnectionTimeout.of(Duration.ofMillis(250), POSTGRESQL)).isEqualTo(Duration.ofMillis(250));
        assertThat(ConnectionTimeout.of(Duration.ofMinutes(5), SQLITE)).isEqualTo(Duration.ofMinutes(5));
        assertThat(ConnectionTimeout.of(Duration.ofSeconds(2), SQLITE)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aSettingOutsideTheRangeIsRefusedWithItsNameAndRange() {
        for (Duration setting : new Duration[] {Duration.ofMillis(249), Duration.ofMinutes(5).plusMillis(1), Duration.ZERO,
            Duration.ofSeconds(-1)}) {
            assertThatThrownBy(() -> ConnectionTimeout.of(setting, POSTGRESQL)).as(setting.toString())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("hsp.db.connection-timeout (HSP_DB_CONNECTION_TIMEOUT) must be from 250ms to 5m, got " + setting);
        }
    }
}
