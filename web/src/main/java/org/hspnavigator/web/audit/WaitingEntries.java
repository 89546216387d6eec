package org.hspnavigator.web.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The audit entries a request has made but not written yet (the use of its API token): written with the
 * request's own next entry, in one commit, or before its answer starts ({@link EntriesBeforeAnswer}).
 */
final class WaitingEntries {

    /** The request attribute that holds them while the request is under way. */
    static final String ATTRIBUTE = WaitingEntries.class.getName();

    private final List<AuditEvent> events = new ArrayList<>();

    /** The waiting entries of the request this thread serves; null outside a request or its filter. */
    static WaitingEntries ofRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null
                : (WaitingEntries) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    synchronized void add(AuditEvent event) {
        events.add(event);
    }

    /** The waiting entries, then {@code event}, in that order; none is left waiting. */
    synchronized List<AuditEvent> takeWith(AuditEvent event) {
        List<AuditEvent> taken = new ArrayList<>(events);
        taken.add(event);
        events.clear();
        return taken;
    }

    /** The waiting entries; none is left waiting. */
    synchronized List<AuditEvent> take() {
        List<AuditEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
