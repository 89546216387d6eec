package org.hspnavigator.engine.faq;

/** How a common claim compares with the official rules (the "verdict" column of myths.tsv). */
public enum Verdict {
    /** The claim matches the rules. */
    TRUE,
    /** The claim holds only under conditions the rules add (e.g. points, household income, HSP(i) only). */
    TRUE_WITH_CONDITIONS,
    /** Part of the claim is right, part is wrong or out of date. */
    PARTLY,
    /** The rules say otherwise. */
    FALSE
}
