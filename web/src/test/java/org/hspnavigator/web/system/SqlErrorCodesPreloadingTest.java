package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.support.SQLErrorCodesFactory;

/** Spring JDBC's SQL error codes read beside the server's start, the same table its translators use. */
class SqlErrorCodesPreloadingTest {

    @Test
    void runsAtEveryStartOfASpringApplication() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
                .anyMatch(SqlErrorCodesPreloading.class::isInstance);
    }

    @Test
    void readsTheTableOnADaemonThreadThatEnds() throws InterruptedException {
        Thread reader = SqlErrorCodesPreloading.start();
        assertThat(reader.isDaemon()).isTrue();
        reader.join(60_000);
        assertThat(reader.isAlive()).isFalse();
        // PostgreSQL's codes by which Spring Session tells a duplicate attribute from a vanished session.
        assertThat(SQLErrorCodesFactory.getInstance().getErrorCodes("PostgreSQL").getDuplicateKeyCodes())
                .contains("23505");
        assertThat(SQLErrorCodesFactory.getInstance().getErrorCodes("PostgreSQL").getDataIntegrityViolationCodes())
                .contains("23503");
    }
}
