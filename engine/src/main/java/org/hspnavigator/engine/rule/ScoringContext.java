package org.hspnavigator.engine.rule;

import java.time.LocalDate;
import java.util.Objects;
import org.hspnavigator.engine.calendar.CompletedYears;
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
    private final int age;
    private final AgeBand ageBand;
    private final DegreeFacts degrees;

    public ScoringContext(Profile profile, RuleSet rules) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.age = CompletedYears.between(profile.birthDate(), profile.referenceDate());
        this.ageBand = AgeBand.of(age);
        this.degrees = new DegreeFacts(profile.degrees());
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

    /** Age in completed years on the reference date (docs/rules.md §5). */
    public int age() {
        return age;
    }

    public AgeBand ageBand() {
        return ageBand;
    }

    /** What the rules ask of the profile's degrees, found once per profile. */
    DegreeFacts degrees() {
        return degrees;
    }
}
