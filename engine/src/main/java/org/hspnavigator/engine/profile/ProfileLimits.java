package org.hspnavigator.engine.profile;

import java.math.BigDecimal;

/**
 * Plausibility bounds of profile values (docs/rules.md §18, bad input). A value outside them is
 * almost certainly a typo (an extra zero, yen entered as man-yen), so every reader of profiles
 * rejects it with a message naming the field instead of scoring it. Defined once, here, so the JSON
 * reader, the CSV reader and the web forms agree.
 */
public final class ProfileLimits {

    /** ¥10,000,000,000: far above any salary the tables distinguish (the top bracket starts at ¥30M). */
    public static final long MAX_ANNUAL_SALARY_YEN = 10_000_000_000L;

    /** ¥10 trillion: the investment item needs ¥100M; anything near this bound is a typo. */
    public static final long MAX_INVESTMENT_YEN = 10_000_000_000_000L;

    /** A working life cannot be longer than this many years. */
    public static final BigDecimal MAX_CAREER_YEARS = BigDecimal.valueOf(80);

    /** Age on the reference date above which a birth date is taken for a typo. */
    public static final int MAX_AGE_YEARS = 120;

    /** The BJT Business Japanese Proficiency Test is scored from 0 to 800. */
    public static final int MIN_BJT_SCORE = 0;
    public static final int MAX_BJT_SCORE = 800;

    /** Upper bound for counted things: patents, projects, papers, qualifications. */
    public static final int MAX_COUNT = 100_000;

    /** R&D spending above this percentage of revenue is taken for a typo. */
    public static final BigDecimal MAX_RD_EXPENSE_RATIO_PERCENT = BigDecimal.valueOf(1_000);

    /** How far ahead of today a reference date may lie (docs/rules.md §18). */
    public static final int MAX_YEARS_AHEAD = 1;

    /** The most degrees one profile may list. */
    public static final int MAX_DEGREES = 20;

    /** The longest accepted degree field (subject) text. */
    public static final int MAX_FIELD_LENGTH = 200;

    private ProfileLimits() {
    }
}
