package org.hspnavigator.web.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The audit log's entries that the storage refused (a full disk, a read-only or failing one), held in
 * memory, oldest first, until it takes writes again. The queue is bounded: when it is full, an access
 * is refused rather than left unrecorded.
 */
final class DeferredAuditEvents {

    private final int capacity;
    private final Deque<AuditEvent> waiting = new ArrayDeque<>();

    DeferredAuditEvents(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("hsp.audit.deferred-capacity must be 0 or more, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Keeps {@code event} for later; false when the queue is full and the event was not kept. */
    synchronized boolean offer(AuditEvent event) {
        if (waiting.size() >= capacity) {
            return false;
        }
        waiting.addLast(event);
        return true;
    }

    synchronized int size() {
        return waiting.size();
    }

    int capacity() {
        return capacity;
    }

    /**
     * Hands the events to {@code writer}, oldest first, removing each once written; stops at the first
     * that fails, which stays first in the queue, and rethrows its failure.
     *
     * @return how many were written
     */
    synchronized int writeAll(Consumer<AuditEvent> writer) {
        int written = 0;
        while (!waiting.isEmpty()) {
            writer.accept(waiting.peekFirst());
            waiting.removeFirst();
            written++;
        }
        return written;
    }
}
