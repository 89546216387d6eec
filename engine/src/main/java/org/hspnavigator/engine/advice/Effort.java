package org.hspnavigator.engine.advice;

/**
 * How hard a change is, on a small ordinal scale: suggestions are ranked by the sum of the efforts
 * of their changes. The scale orders kinds of change, not individual cases (a JLPT N1 may be harder
 * for one person than a raise is for another); it is the advisor's reading, not an official rule.
 */
public enum Effort {
    /** Time passes: experience reaches the next career threshold. */
    WAIT(1),
    /** Pass an exam or obtain a qualification. */
    EXAM(2),
    /** Negotiate a higher salary: a raise of at most 20 %. */
    SALARY(3),
    /**
     * Change role, employer or research output: a new position, employer, project, patent or papers,
     * or a raise of more than 20 % (in effect a new job).
     */
    WORK(4),
    /** Earn a new degree or invest ¥100M. */
    MAJOR(5);

    private final int rank;

    Effort(int rank) {
        this.rank = rank;
    }

    /** 1 (wait) to 5 (new degree or large investment). */
    public int rank() {
        return rank;
    }
}
