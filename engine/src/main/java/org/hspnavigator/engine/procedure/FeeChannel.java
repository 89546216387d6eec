package org.hspnavigator.engine.procedure;

/** How an application is filed, where the fee differs by it (from 2025-04-01, docs/rules.md §15). */
public enum FeeChannel {
    /** One fee whatever the channel. */
    ANY,
    /** At the immigration office counter, on paper. */
    COUNTER,
    /** Through the online residence application system. */
    ONLINE;

    boolean conflictsWith(FeeChannel other) {
        return this == ANY || other == ANY || this == other;
    }
}
