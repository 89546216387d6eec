package org.hspnavigator.web.system;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired sessions from the database once a minute, in place of Spring Session's own
 * schedule (turned off: {@code spring.session.jdbc.cleanup-cron=-}), which logs every failure as an
 * error with its stack trace: on a full or read-only disk that would be a stack trace a minute. A
 * storage failure here is one log line, and the next round tries again.
 */
@Component
class ExpiredSessionCleanup implements DisposableBean {

    static final long PERIOD_SECONDS = 60;

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredSessionCleanup.class);

    private final JdbcIndexedSessionRepository sessions;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hsp-session-cleanup");
        thread.setDaemon(true);
        return thread;
    });

    ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
        timer.scheduleWithFixedDelay(this::cleanUp, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    void cleanUp() {
        try {
            sessions.cleanUpExpiredSessions();
        } catch (RuntimeException e) {
            // A failure here must not end the timer: the next round tries again.
            LOG.warn("expired sessions not deleted ({}): tried again in a minute",
                    StorageUnavailable.cause(e).orElse(e.getClass().getSimpleName()));
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
