package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresqlPoolSizeTest {

    @Test
    void noSettingGivesTheDefault() {
        assertThat(PostgresqlPoolSize.parse(null)).isEqualTo(PostgresqlPoolSize.DEFAULT);
        assertThat(PostgresqlPoolSize.parse("  ")).isEqualTo(PostgresqlPoolSize.DEFAULT);
    }

    @Test
    void theEndsOfTheRangeAreTaken() {
        assertThat(PostgresqlPoolSize.parse("1")).isEqualTo(1);
        assertThat(PostgresqlPoolSize.parse(" 200 ")).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-3", "ten", "2.5"})
    void anythingElseIsRefusedWithTheSettingNamed(String setting) {
        assertThatThrownBy(() -> PostgresqlPoolSize.parse(setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hsp.db.pool-size (HSP_DB_POOL_SIZE) must be a whole number from 1 to 200, got \"" + setting + "\"");
    }

    @Test
    void sqliteKeepsOneConnectionWhateverTheSetting() {
        assertThat(Database.of("jdbc:sqlite:x.db").poolSize(50)).isEqualTo(1);
        assertThat(Database.of("jdbc:postgresql://db/hsp").poolSize(50)).isEqualTo(50);
    }
}
