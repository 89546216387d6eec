package org.hspnavigator.web.system;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bound on PDF reports written at once. Writing a report holds a parsed CJK font and the document in
 * memory, tens of megabytes, so that enough reports at once exhaust a small heap; at most
 * {@code hsp.report.concurrency} are written together (the number of cores when 0, the default), and a
 * request beyond them waits up to {@code hsp.report.wait} for its turn, in order of arrival, and is then
 * refused with a 503 problem and {@code Retry-After} ({@link ReportsBusyException}).
 */
@Component
public class ReportRenderings {

    private final int concurrency;
    private final Duration wait;
    private final Semaphore turns;

    public ReportRenderings(@Value("${hsp.report.concurrency:0}") int concurrency,
            @Value("${hsp.report.wait:5s}") Duration wait) {
        if (concurrency < 0) {
            throw new IllegalArgumentException("hsp.report.concurrency (HSP_REPORT_CONCURRENCY) must be 0 (the number "
                    + "of cores) or more, not " + concurrency);
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("hsp.report.wait (HSP_REPORT_WAIT) must not be negative, not " + wait);
        }
        this.concurrency = concurrency == 0 ? Runtime.getRuntime().availableProcessors() : concurrency;
        this.wait = wait;
        this.turns = new Semaphore(this.concurrency, true);
    }

    /** How many reports are written at once at most. */
    public int concurrency() {
        return concurrency;
    }

    /**
     * The report {@code rendering} writes, once a turn is free.
     *
     * @throws ReportsBusyException when no turn came free within the wait
     */
    public byte[] render(Supplier<byte[]> rendering) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ReportsBusyException(concurrency, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportsBusyException(concurrency, wait);
        }
        try {
            return rendering.get();
        } finally {
            turns.release();
        }
    }
}
