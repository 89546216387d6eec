package org.hspnavigator.cli.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs tasks on a pool and hands their results to a sink in the order the tasks were submitted. At
 * most {@code maxInFlight} tasks are pending at once: submitting one more first waits for the oldest
 * and passes it on, so memory stays bounded however long the input is.
 *
 * @param <T> the result of one task
 */
final class OrderedPipeline<T> {

    /** Takes the results, in order; may fail with an I/O error, which stops the pipeline. */
    interface Sink<T> {
        void accept(T result) throws IOException;
    }

    private final ExecutorService pool;
    private final int maxInFlight;
    private final Sink<T> sink;
    private final Deque<Future<T>> inFlight = new ArrayDeque<>();

    OrderedPipeline(ExecutorService pool, int maxInFlight, Sink<T> sink) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight " + maxInFlight);
        }
        this.pool = pool;
        this.maxInFlight = maxInFlight;
        this.sink = sink;
    }

    void submit(Callable<T> task) throws IOException {
        while (inFlight.size() >= maxInFlight) {
            passOldest();
        }
        inFlight.addLast(pool.submit(task));
        // Results already done leave at once, keeping latency and memory low.
        while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
            passOldest();
        }
    }

    /** Waits for every pending task and passes the results on. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            passOldest();
        }
    }

    /** Abandons the pending tasks (after a failure). */
    void cancel() {
        inFlight.forEach(future -> future.cancel(true));
        inFlight.clear();
    }

    private void passOldest() throws IOException {
        Future<T> oldest = inFlight.pollFirst();
        T result;
        try {
            result = oldest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a chunk", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        sink.accept(result);
    }
}
