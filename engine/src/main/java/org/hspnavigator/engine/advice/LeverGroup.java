package org.hspnavigator.engine.advice;

/**
 * Alternatives that exclude each other: a suggestion takes at most one lever of a group (JLPT N2 or
 * N1, one salary, one new employer). In an ordered group a lever of a lower level is a smaller
 * version of the same change (N2 before N1, a lower salary before a higher one, an earlier date
 * before a later one), so a suggestion is not minimal when the smaller version also reaches the
 * target. In a monotone group a higher level never scores fewer points, nor loses the salary floor,
 * everything else being equal (the point tables rise with the JLPT tier, the number of
 * qualifications, the salary within an age band and the position); waiting is not monotone (a later
 * date may pass a birthday), nor is the degree (a doctorate scores less than an MBA in business
 * management).
 */
public enum LeverGroup {
    CAREER_WAIT(true, false),
    JAPANESE_LANGUAGE(true, true),
    QUALIFICATIONS(true, true),
    SALARY(true, true),
    PATENT(false, false),
    PAPERS(false, false),
    GRANT_FUNDED_PROJECTS(false, false),
    FOREIGN_QUALIFICATION(false, false),
    GROWTH_FIELD(false, false),
    POSITION(true, true),
    EMPLOYER(false, false),
    JAPANESE_DEGREE(true, false),
    INVESTMENT(false, false);

    private final boolean ordered;
    private final boolean monotone;

    LeverGroup(boolean ordered, boolean monotone) {
        this.ordered = ordered;
        this.monotone = monotone;
    }

    /** Whether a higher level never scores fewer points or loses the salary floor, all else equal. */
    public boolean monotone() {
        return monotone;
    }

    /** Whether the levels of the group's levers are sizes of one change, lower being smaller. */
    public boolean ordered() {
        return ordered;
    }
}
