package org.hspnavigator.web.system;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bound on work done at once: at most {@code concurrency} turns are held together, and whoever asks for
 * one while all are held waits, in order of arrival (a fair semaphore: a newcomer never takes the turn of
 * someone already waiting), up to the wait. A waiting thread is parked and costs no processor.
 */
final class Turns {

    private final int concurrency;
    private final Duration wait;
    private final Semaphore turns;

    /**
     * @param concurrency the turns, 0 for the number of processors the JVM sees
     * @param setting     the settings' names, {@code hsp.report} for {@code hsp.report.concurrency}
     *                    ({@code HSP_REPORT_CONCURRENCY}) and {@code hsp.report.wait}, named by the errors
     */
    Turns(int concurrency, Duration wait, String setting) {
        String variable = setting.replace('.', '_').toUpperCase(Locale.ROOT);
        if (concurrency < 0) {
            throw new IllegalArgumentException(setting + ".concurrency (" + variable + "_CONCURRENCY) must be 0 (the "
                    + "number of cores) or more, not " + concurrency);
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException(setting + ".wait (" + variable + "_WAIT) must not be negative, not "
                    + wait);
        }
        this.concurrency = concurrency == 0 ? Runtime.getRuntime().availableProcessors() : concurrency;
        this.wait = wait;
        this.turns = new Semaphore(this.concurrency, true);
    }

    int concurrency() {
        return concurrency;
    }

    Duration waitLimit() {
        return wait;
    }

    /** Whether a turn came free within the wait; an interrupted wait is no turn. Each turn taken is given back. */
    boolean take() {
        try {
            return turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void giveBack() {
        turns.release();
    }

    /** The threads waiting for a turn now (an estimate, as {@link Semaphore#getQueueLength()}). */
    int waiting() {
        return turns.getQueueLength();
    }
}
