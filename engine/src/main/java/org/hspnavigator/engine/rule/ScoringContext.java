package org.hspnavigator.engine.rule;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleSet;

/** A profile on its reference date, with the rule set in force then and the facts every rule needs. */
public final class ScoringContext {

    private final Profile profile;
    private final RuleSet rules;
    private final int age;
    private final AgeBand ageBand;

    public ScoringContext(Profile profile, RuleSet rules) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.age = completedYears(profile.birthDate(), profile.referenceDate());
        this.ageBand = AgeBand.of(age);
    }

    /**
     * Age in completed years (points.md §3.4). {@link Period} counts a 29 February birthday as
     * reached on 1 March in non-leap years, as the rule book requires.
     */
    static int completedYears(LocalDate birthDate, LocalDate onDate) {
        return Period.between(birthDate, onDate).getYears();
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
}
