package org.hspnavigator.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hspnavigator.engine.table.RuleBook;
import org.junit.jupiter.api.Test;

/** The engine over the official tables: built once, and shared by every thread that asks for it. */
class OfficialEngineTest {

    @Test
    void everyThreadGetsTheSameEngineOverTheOfficialBook() throws Exception {
        Callable<PointsEngine> official = PointsEngine::official;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PointsEngine>> engines = pool.invokeAll(Collections.nCopies(8, official));
            for (Future<PointsEngine> engine : engines) {
                assertThat(engine.get()).isSameAs(PointsEngine.official());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(PointsEngine.official().ruleBook()).isSameAs(RuleBook.official());
    }
}
