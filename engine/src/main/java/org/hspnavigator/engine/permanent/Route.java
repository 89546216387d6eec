package org.hspnavigator.engine.permanent;

import java.util.OptionalInt;

/**
 * The permanent-residence routes of docs/rules.md §11 (永住許可に関するガイドライン, revised 2017-04-26):
 * the points needed at the application and at the start date, and the years of continuous residence
 * and of the start condition.
 */
public enum Route {
    /** ≥ 80 points, ≥ 1 year of residence, 80 points held 1 year (status or points 1 year before). */
    POINTS_80(OptionalInt.of(80), 1),
    /** ≥ 70 points, ≥ 3 years of residence, 70 points held 3 years. */
    POINTS_70(OptionalInt.of(70), 3),
    /** J-Skip criteria met, ≥ 1 year of residence, J-Skip held 1 year (status or criteria 1 year before). */
    J_SKIP(OptionalInt.empty(), 1);

    private final OptionalInt threshold;
    private final int years;

    Route(OptionalInt threshold, int years) {
        this.threshold = threshold;
        this.years = years;
    }

    /** The points needed; empty for J-Skip, which needs its criteria instead. */
    public OptionalInt threshold() {
        return threshold;
    }

    /** The years of continuous residence, and between the start date and the application. */
    public int years() {
        return years;
    }

    public boolean byPoints() {
        return threshold.isPresent();
    }
}
