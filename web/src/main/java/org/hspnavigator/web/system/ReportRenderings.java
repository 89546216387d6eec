package org.hspnavigator.web.system;

import java.time.Duration;
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

    private final Turns turns;

    public ReportRenderings(@Value("${hsp.report.concurrency:0}") int concurrency,
            @Value("${hsp.report.wait:5s}") Duration wait) {
        this.turns = new Turns(concurrency, wait, "hsp.report");
    }

    /** How many reports are written at once at most. */
    public int concurrency() {
        return turns.concurrency();
    }

    /**
     * The report {@code rendering} writes, once a turn is free.
     *
     * @throws ReportsBusyException when no turn came free within the wait
     */
    public byte[] render(Supplier<byte[]> rendering) {
        if (!turns.take()) {
            throw new ReportsBusyException(turns.concurrency(), turns.waitLimit());
        }
        try {
            return rendering.get();
        } finally {
            turns.giveBack();
        }
    }
}
