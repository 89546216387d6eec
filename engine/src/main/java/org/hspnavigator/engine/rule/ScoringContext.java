package org.hspnavigator.engine.rule;

import java.time.LocalDate;
import java.util.Objects;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleSet;

/**
 * A profile on its reference date, with the rule set in force then and the facts every rule needs.
 * Built once per profile and shared by every category, so that facts several rules or categories
 * ask for (the age, the degrees' facts) are found once.
 */
public final class ScoringContext {

    private final Profile profile;
    private final RuleSet rules;
    private final ReadyItems ready;
    private final int age;
    private final AgeBand ageBand;
    private final DegreeFacts degrees;

    /** The profile scored under the rule set of {@code ready}, made once per rule set. */
    public ScoringContext(Profile profile, ReadyItems ready) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.ready = Objects.requireNonNull(ready, "ready");
        this.rules = ready.rules();
        this.age = completedYears(profile.birthDate(), profile.referenceDate());
        this.ageBand = AgeBand.of(age);
        this.degrees = new DegreeFacts(profile.degrees());
    }

    /**
     * Age in completed years (points.md §3.4). Whole years of {@link LocalDate#until}, as in
     * {@link java.time.Period}: a 29 February birthday is reached on 1 March in non-leap years, as
     * the rule book requires; unlike {@code Period.between} it allocates nothing.
     */
    static int completedYears(LocalDate birthDate, LocalDate onDate) {
        // LocalDate.until's own arithmetic (whole months between the dates packed as month * 32 + day,
        // then whole years), without its calls: cheap in every compiler, scored for every profile.
        return Math.toIntExact((packed(onDate) - packed(birthDate)) / 32 / 12);
    }

    private static long packed(LocalDate date) {
        long prolepticMonth = date.getYear() * 12L + date.getMonthValue() - 1;
        return prolepticMonth * 32L + date.getDayOfMonth();
    }

    public Profile profile() {
        return profile;
    }

    public RuleSet rules() {
        return rules;
    }

    public LocalDate referenceDate() {
        return profile.referenceDate();
    }

    public int age() {
        return age;
    }

    public AgeBand ageBand() {
        return ageBand;
    }

    /** The rule set's items that name nothing of the profile, made once. */
    ReadyItems ready() {
        return ready;
    }

    /** What the rules ask of the profile's degrees, found once per profile. */
    DegreeFacts degrees() {
        return degrees;
    }
}
