package org.hspnavigator.web.storage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group commit: small writes of requests under way at once (audit entries), each of which must be
 * committed before its request is answered, written together in one transaction. A commit on SQLite
 * with {@code synchronous=FULL} waits for the disk, and SQLite has one writer: a commit per entry made
 * the requests queue behind one another's syncs. Here the first request to arrive writes its own entry
 * and then, each time, all those that arrived while it was committing, in one transaction and one sync;
 * every request still returns only once the transaction holding its write has committed.
 *
 * <p>When the shared transaction fails, each request runs its own write alone, so that its failure (a
 * full disk, a constraint) is its own, exactly as without grouping; but when it failed because its
 * connection was lost or none could be had, each gets that failure at once: a write alone would wait for
 * the same database again (as long again when it has stopped answering, {@link SocketTimeout}). A write
 * asked for inside a transaction already under way runs in it: it must commit or fail with the change it
 * belongs to.
 */
public final class GroupCommit {

    private final TransactionOperations transactions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    private List<Pending> waiting = new ArrayList<>();
    private boolean writing;

    public GroupCommit(TransactionOperations transactions) {
        this.transactions = transactions;
    }

    /** The group commit of the transactions of {@code dataSource}'s own transaction manager. */
    public static GroupCommit of(DataSource dataSource) {
        return new GroupCommit(new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** Runs {@code write}, with others' writes, in a transaction; returns once it has committed. */
    public void run(Runnable write) {
        Optional<RuntimeException> failure = runAll(List.of(write)).get(0);
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    /**
     * Runs {@code writes}, in their order, with others' writes in one transaction, and returns once they
     * have committed: a request's several small writes then wait for one commit, not one each. When the
     * shared transaction fails each is run again on its own, in order, and its failure, if any, is
     * returned at its position (empty for a write that is committed). Inside a transaction already under
     * way they run in it, and the first failure is thrown, as the change they belong to must fail with it.
     */
    public List<Optional<RuntimeException>> runAll(List<Runnable> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            writes.forEach(Runnable::run);
            return writes.stream().map(write -> Optional.<RuntimeException>empty()).toList();
        }
        List<Pending> mine = writes.stream().map(Pending::new).toList();
        List<Pending> batch;
        lock.lock();
        try {
            waiting.addAll(mine);
            while (writing && undecided(mine)) {
                committed.awaitUninterruptibly();
            }
            if (!undecided(mine)) {
                batch = List.of();
            } else {
                writing = true;
                batch = waiting;
                waiting = new ArrayList<>();
            }
        } finally {
            lock.unlock();
        }
        if (!batch.isEmpty()) {
            writeTogether(batch);
        }
        List<Optional<RuntimeException>> failures = new ArrayList<>(mine.size());
        for (Pending pending : mine) {
            failures.add(switch (pending.outcome) {
                case ALONE -> alone(pending.write);
                case CONNECTION_LOST -> Optional.of(pending.failure);
                default -> Optional.empty();
            });
        }
        return failures;
    }

    /** Whether some of {@code writes} wait for a transaction still: all were added together, so all or none. */
    private static boolean undecided(List<Pending> writes) {
        return writes.get(0).outcome == Outcome.WAITING;
    }

    private static Optional<RuntimeException> alone(Runnable write) {
        try {
            write.run();
            return Optional.empty();
        } catch (RuntimeException failure) {
            return Optional.of(failure);
        }
    }

    /** How many writes wait for the transaction under way to end. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private void writeTogether(List<Pending> batch) {
        Outcome outcome = Outcome.ALONE;
        RuntimeException shared = null;
        try {
            transactions.executeWithoutResult(status -> batch.forEach(pending -> pending.write.run()));
            outcome = Outcome.COMMITTED;
        } catch (RuntimeException failure) {
            // Unless the connection was lost, each request finds out on its own whether its write, alone, fails.
            if (connectionLost(failure, 0)) {
                outcome = Outcome.CONNECTION_LOST;
                shared = failure;
            }
        } finally {
            lock.lock();
            try {
                for (Pending pending : batch) {
                    pending.outcome = outcome;
                    pending.failure = shared;
                }
                writing = false;
                committed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Whether {@code failure} is its connection's: none could be had (the pool's wait), or it was lost
     * (SQLSTATE class 08), also when the rollback that followed failed on it and stands in its place.
     */
    static boolean connectionLost(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof TransactionSystemException ending && ending.getApplicationException() != null
                    && connectionLost(ending.getApplicationException(), depth + 1)) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private enum Outcome {
        WAITING,
        COMMITTED,
        /** The shared transaction failed: the write is run again on its own by its request. */
        ALONE,
        /** The shared transaction lost its connection: every write of it fails with that failure. */
        CONNECTION_LOST
    }

    private static final class Pending {
        private final Runnable write;
        private Outcome outcome = Outcome.WAITING;
        private RuntimeException failure;

        Pending(Runnable write) {
            this.write = write;
        }
    }
}
