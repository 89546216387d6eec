package org.hspnavigator.engine.profile;

/**
 * The level of a degree as the profile states it. A professional degree other than an MBA or MOT
 * (専門職学位) is scored as a master's degree (docs/rules.md §2), which {@link #tier()} expresses.
 */
public enum DegreeLevel {
    DOCTORATE(DegreeTier.DOCTORATE),
    MBA_MOT(DegreeTier.MBA_MOT),
    MASTER(DegreeTier.MASTER),
    PROFESSIONAL(DegreeTier.MASTER),
    BACHELOR(DegreeTier.BACHELOR);

    private final DegreeTier tier;

    DegreeLevel(DegreeTier tier) {
        this.tier = tier;
    }

    /** The row of the academic-background table this degree is scored by. */
    public DegreeTier tier() {
        return tier;
    }

    /**
     * Whether the degree is a doctoral, master's or professional degree: the degrees that count for
     * the multiple-fields bonus (a bachelor's never does) and as "master's or higher".
     */
    public boolean isGraduate() {
        return this != BACHELOR;
    }
}
