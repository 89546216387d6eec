package org.hspnavigator.engine.profile;

/** The applicant's position in the business they manage (地位, business management only). */
public enum ExecutivePosition {
    /** Representative director, representative executive officer, or executive member with power of representation. */
    REPRESENTATIVE,
    /** Director, executive officer or executive member. */
    DIRECTOR,
    NONE
}
