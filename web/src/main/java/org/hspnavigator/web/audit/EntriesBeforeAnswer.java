package org.hspnavigator.web.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hspnavigator.web.system.StorageUnavailable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request a place for the audit entries it makes before its own ({@link WaitingEntries}: the
 * use of its API token), and writes those still waiting before its answer starts: when the body is asked
 * for, an error or a redirect is sent, or else when the request is done. A request that records an entry
 * of its own (every read and change of applicant data) writes them with it, in one commit, so that it
 * waits for one commit rather than two; an answer never leaves before its request's entries are written
 * (or, while the storage refuses writes, kept for later as {@link AuditLog} says). Runs inside
 * {@link org.hspnavigator.web.system.StorageRefusals}, which turns a refusal at the end into a 503.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class EntriesBeforeAnswer extends OncePerRequestFilter {

    private final AuditLog audit;

    public EntriesBeforeAnswer(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WaitingEntries waiting = new WaitingEntries();
        request.setAttribute(WaitingEntries.ATTRIBUTE, waiting);
        AnswerStart answer = new AnswerStart(response, () -> write(request, waiting));
        boolean handled = false;
        try {
            chain.doFilter(request, answer);
            handled = true;
        } finally {
            // Entries made from now on (by work the request left running) are written at once.
            request.removeAttribute(WaitingEntries.ATTRIBUTE);
            if (handled) {
                write(request, waiting);
            } else {
                writeAfterFailure(request, waiting);
            }
        }
    }

    /**
     * Writes the waiting entries; those of a request refused for the storage are kept for later at once: a
     * database that has stopped answering would hold the answer for another wait.
     */
    private void write(HttpServletRequest request, WaitingEntries waiting) {
        if (request.getAttribute(StorageUnavailable.REFUSED) != null) {
            audit.keepWaiting(waiting);
        } else {
            audit.writeWaiting(waiting);
        }
    }

    /** The request failed: its waiting entries are still written, and its own failure is the one reported. */
    private void writeAfterFailure(HttpServletRequest request, WaitingEntries waiting) {
        try {
            write(request, waiting);
        } catch (RuntimeException alsoFailed) {
            // The request's failure is already on its way to the client and the log.
        }
    }
}
