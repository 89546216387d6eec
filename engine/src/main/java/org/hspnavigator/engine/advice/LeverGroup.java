package org.hspnavigator.engine.advice;

/**
 * Alternatives that exclude each other: a suggestion takes at most one lever of a group (JLPT N2 or
 * N1, one salary, one new employer). In an ordered group a lever of a lower level is a smaller
 * version of the same change (N2 before N1, a lower salary before a higher one, an earlier date
 * before a later one), so a suggestion is not minimal when the smaller version also reaches the
 * target.
 */
public enum LeverGroup {
    CAREER_WAIT(true),
    JAPANESE_LANGUAGE(true),
    QUALIFICATIONS(true),
    SALARY(true),
    PATENT(false),
    PAPERS(false),
    GRANT_FUNDED_PROJECTS(false),
    FOREIGN_QUALIFICATION(false),
    GROWTH_FIELD(false),
    POSITION(true),
    EMPLOYER(false),
    JAPANESE_DEGREE(true),
    INVESTMENT(false);

    private final boolean ordered;

    LeverGroup(boolean ordered) {
        this.ordered = ordered;
    }

    /** Whether the levels of the group's levers are sizes of one change, lower being smaller. */
    public boolean ordered() {
        return ordered;
    }
}
