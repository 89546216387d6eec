package org.hspnavigator.engine.points;

/**
 * The age columns of the age and salary tables (docs/rules.md §4, §5): completed years on the
 * reference date, lower bound inclusive.
 */
public enum AgeBand {
    UNDER_30(29, "under 30"),
    FROM_30_TO_34(34, "30–34"),
    FROM_35_TO_39(39, "35–39"),
    FROM_40(Integer.MAX_VALUE, "40 or more");

    private static final AgeBand[] BANDS = values();

    /** The last age of the band; each band starts the year after the previous one ends. */
    private final int toAge;
    private final String label;

    AgeBand(int toAge, String label) {
        this.toAge = toAge;
        this.label = label;
    }

    /** The band holding an age in completed years. */
    public static AgeBand of(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("negative age " + age);
        }
        for (AgeBand band : BANDS) {
            if (age <= band.toAge) {
                return band;
            }
        }
        throw new AssertionError("the last band is open-ended");
    }

    public String label() {
        return label;
    }
}
