package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A SQLite pool closed right after its first use, as {@code hsp admin}, {@code hsp backup} and
 * {@code hsp restore} close theirs, waits for the thread that adds its connections to stop instead of
 * warning that it did not: the pool waits as long as its data source's login timeout, which the pool sets
 * and the data source must give back.
 */
@ExtendWith(OutputCaptureExtension.class)
class PoolCloseTest {

    private static final int POOLS = 20;

    @Test
    void theDataSourceGivesBackTheLoginTimeoutThePoolSet() throws SQLException {
        try (HikariDataSource pool = Backups.dataSource(TestDatabases.sqlite())) {
            assertThat(pool.getDataSource()).isInstanceOf(KeptStatements.class);
            // The pool's connection timeout (30 s) and half a second, in whole seconds.
            assertThat(pool.getDataSource().getLoginTimeout()).isEqualTo(30);
        }
    }

    @Test
    void aPoolClosedRightAfterItsFirstUseWarnsOfNothing(CapturedOutput output) {
        for (int i = 0; i < POOLS; i++) {
            try (HikariDataSource pool = Backups.dataSource(TestDatabases.sqlite())) {
                JdbcClient.create(pool).sql("SELECT 1").query(Integer.class).single();
            }
        }
        assertThat(output.getAll()).doesNotContain("Timed-out waiting");
    }
}
