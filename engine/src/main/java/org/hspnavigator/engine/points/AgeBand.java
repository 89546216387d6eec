package org.hspnavigator.engine.points;

/**
 * The age columns of the age and salary tables (points.md §3.3, §3.4): completed years on the
 * reference date, lower bound inclusive.
 */
public enum AgeBand {
    UNDER_30(0, 29, "under 30"),
    FROM_30_TO_34(30, 34, "30–34"),
    FROM_35_TO_39(35, 39, "35–39"),
    FROM_40(40, Integer.MAX_VALUE, "40 or more");

    private static final AgeBand[] BANDS = values();

    private final int fromAge;
    private final int toAge;
    private final String label;

    AgeBand(int fromAge, int toAge, String label) {
        this.fromAge = fromAge;
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

    /** The first age of the band. */
    public int fromAge() {
        return fromAge;
    }

    public String label() {
        return label;
    }
}
