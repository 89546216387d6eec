package org.hspnavigator.engine.family;

/** Whether a family preference applies on the date. */
public enum Eligibility {
    ELIGIBLE,
    NOT_ELIGIBLE,
    /** The case lacks a fact the rule needs; the result names it instead of guessing. */
    NOT_ASSESSED
}
