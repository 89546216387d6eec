package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group commit on a real SQLite file with the server's one connection: writes asked for at once share
 * a transaction, each returns only once its own write is committed, and a failing write fails alone.
 */
class GroupCommitTest {

    private static final int WRITERS = 12;

    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private GroupCommit commits;
    private ExecutorService threads;
    /** The connection holders of the transactions the writes ran in: one a transaction. */
    private final Set<Object> transactions = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void open() {
        dataSource = new HikariDataSource(DatabaseConfiguration.hikari(TestDatabases.sqlite()));
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE entry (id INTEGER PRIMARY KEY)").update();
        commits = GroupCommit.of(dataSource);
        threads = Executors.newFixedThreadPool(WRITERS);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        dataSource.close();
    }

    private Runnable insert(int id) {
        return () -> {
            Object holder = TransactionSynchronizationManager.getResource(dataSource);
            if (holder != null) {
                transactions.add(holder);
            }
            jdbc.sql("INSERT INTO entry (id) VALUES (:id)").param("id", id).update();
        };
    }

    private int count(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM entry " + where).query(Integer.class).single();
    }

    /** Holds the first write until the others wait behind it, so that they make one group. */
    private List<Future<Boolean>> writeWhileFirstIsHeld(List<Runnable> others) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Boolean>> done = new ArrayList<>();
        done.add(threads.submit(() -> {
            commits.run(() -> {
                insert(0).run();
                held.countDown();
                await(release);
            });
            return count("WHERE id = 0") == 1;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        for (int n = 0; n < others.size(); n++) {
            int id = n + 1;
            Runnable write = others.get(n);
            done.add(threads.submit(() -> {
                commits.run(write);
                return count("WHERE id = " + id) == 1;
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commits.waiting() < others.size() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(commits.waiting()).isEqualTo(others.size());
        release.countDown();
        return done;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writesAskedForAtOnceShareOneTransactionAndEachIsCommittedWhenItReturns() throws Exception {
        List<Runnable> others = new ArrayList<>();
        for (int id = 1; id < WRITERS; id++) {
            others.add(insert(id));
        }
        for (Future<Boolean> done : writeWhileFirstIsHeld(others)) {
            assertThat(done.get(10, TimeUnit.SECONDS)).as("its row was committed when run returned").isTrue();
        }
        assertThat(count("")).isEqualTo(WRITERS);
        assertThat(transactions).as("the first write's transaction, then one for all the others").hasSize(2);
    }

    /**
     * A shared transaction whose connection was lost (a statement left without an answer past the socket
     * timeout) is not run again write by write: each would wait for the same silent database again.
     */
    @Test
    void whenTheConnectionIsLostEveryWriteOfTheGroupFailsWithItWithoutRunningAlone() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException lost = new DataAccessResourceFailureException("I/O error",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        List<Optional<RuntimeException>> failures = commits.runAll(List.of(() -> {
            runs.incrementAndGet();
            throw lost;
        }, () -> runs.incrementAndGet()));
        assertThat(runs).as("the first write once, in the shared transaction").hasValue(1);
        assertThat(failures).containsExactly(Optional.of(lost), Optional.of(lost));
        assertThat(GroupCommit.connectionLost(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")), 0)).isFalse();
    }

    @Test
    void aFailingWriteFailsAloneAndTheOthersOfItsGroupAreCommitted() throws Exception {
        List<Runnable> others = new ArrayList<>();
        for (int id = 1; id < WRITERS; id++) {
            others.add(insert(id));
        }
        others.set(3, insert(0));
        List<Future<Boolean>> done = writeWhileFirstIsHeld(others);
        for (int n = 0; n < done.size(); n++) {
            if (n == 4) {
                Future<Boolean> failing = done.get(n);
                assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(DataAccessException.class).hasMessageContaining("PRIMARY KEY constraint failed");
            } else {
                assertThat(done.get(n).get(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(count("")).isEqualTo(WRITERS - 1);
        assertThat(count("WHERE id = 4")).isZero();
    }

    @Test
    void aRequestsWritesWaitForOneCommitTogetherWithOthersWrites() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> commits.run(() -> {
            insert(0).run();
            held.countDown();
            await(release);
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Boolean> request = threads.submit(() -> {
            List<java.util.Optional<RuntimeException>> failures = commits.runAll(List.of(insert(1), insert(2), insert(3)));
            assertThat(failures).allMatch(java.util.Optional::isEmpty);
            return count("WHERE id IN (1, 2, 3)") == 3;
        });
        Future<?> other = threads.submit(() -> commits.run(insert(4)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commits.waiting() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(commits.waiting()).isEqualTo(4);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        other.get(10, TimeUnit.SECONDS);
        assertThat(request.get(10, TimeUnit.SECONDS)).as("its three rows were committed when runAll returned").isTrue();
        assertThat(transactions).as("the first write's transaction, then one for the request's and the other's").hasSize(2);
    }

    @Test
    void aFailingWriteOfARequestIsReportedAtItsPlaceAndTheOthersAreCommitted() {
        jdbc.sql("INSERT INTO entry (id) VALUES (2)").update();
        List<java.util.Optional<RuntimeException>> failures = commits.runAll(List.of(insert(1), insert(2), insert(3)));
        assertThat(failures.get(0)).isEmpty();
        assertThat(failures.get(1)).get().isInstanceOf(DataAccessException.class);
        assertThat(failures.get(1).get()).hasMessageContaining("PRIMARY KEY constraint failed");
        assertThat(failures.get(2)).isEmpty();
        assertThat(count("")).isEqualTo(3);
        assertThat(commits.runAll(List.of())).isEmpty();
    }

    @Test
    void insideATransactionARequestsWritesRunInItAndTheFirstFailureIsThrown() {
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.sql("INSERT INTO entry (id) VALUES (2)").update();
        assertThatThrownBy(() -> outer.executeWithoutResult(status -> commits.runAll(List.of(insert(1), insert(2)))))
                .isInstanceOf(DataAccessException.class);
        assertThat(count("")).as("the write before the failure is undone with the transaction").isEqualTo(1);
    }

    @Test
    void aWriteInsideATransactionRunsInIt() {
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
            commits.run(insert(1));
            throw new IllegalStateException("the change the write belongs to fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("")).isZero();
    }
}
