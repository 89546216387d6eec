package org.hspnavigator.web.system;

import java.time.Duration;
import org.hspnavigator.formats.validation.Problem;

/**
 * A PDF report refused because as many as the server writes at once were being written for the whole
 * wait ({@link ReportRenderings}): answered 503 with {@code Retry-After}, since trying again soon
 * succeeds.
 */
public final class ReportsBusyException extends RefusedRequestException {

    /** How long a client should wait before it asks again, in seconds. */
    static final long RETRY_AFTER_SECONDS = 5;

    private static final long serialVersionUID = 1L;

    ReportsBusyException(int concurrency, Duration wait) {
        super(Problem.of("reports.busy", concurrency, wait.toMillis()));
    }
}
