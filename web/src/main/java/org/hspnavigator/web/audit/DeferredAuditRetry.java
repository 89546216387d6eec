package org.hspnavigator.web.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tries every few seconds to write the audit entries the storage refused, so that they reach the
 * database soon after space returns even when no request comes; and once more when the server stops,
 * saying in the log how many could not be written then (they are lost with the process).
 */
@Component
class DeferredAuditRetry implements DisposableBean {

    static final long PERIOD_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(DeferredAuditRetry.class);

    private final AuditLog audit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hsp-deferred-audit");
        thread.setDaemon(true);
        return thread;
    });

    DeferredAuditRetry(AuditLog audit) {
        this.audit = audit;
        timer.scheduleWithFixedDelay(this::retry, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void retry() {
        try {
            audit.writeDeferred();
        } catch (RuntimeException unexpected) {
            // A failure here must not end the timer: the next round tries again.
            LOG.warn("deferred audit events not written: {}", unexpected.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        audit.writeDeferred();
        int left = audit.deferredCount();
        if (left > 0) {
            LOG.warn("{} deferred audit events could not be written before the server stopped", left);
        }
    }
}
