package org.hspnavigator.engine.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;

/**
 * The applicant on a later date, assuming everything in the profile stays true except what time
 * changes: the age (from the birth date) and the experience in the category's own activity, which
 * grows only because the applicant keeps working in that activity. Experience in the other
 * categories' activities stays as stated. The rule set in force follows the date.
 */
final class Projection {

    private final Profile profile;
    private final Category category;

    Projection(Profile profile, Category category) {
        this.profile = profile;
        this.category = category;
    }

    /** The profile as of {@code date} (on or after the reference date). */
    Profile on(LocalDate date) {
        if (date.equals(profile.referenceDate())) {
            return profile;
        }
        BigDecimal grown = ExperienceGrowth.grownYears(statedYears(), profile.referenceDate(), date);
        return profile.toBuilder().referenceDate(date).careerYears(profile.careerYears().with(category, grown)).build();
    }

    /** The first day the experience in the category's activity reaches {@code years} completed years. */
    LocalDate dayReaching(long years) {
        return ExperienceGrowth.reaching(statedYears(), profile.referenceDate(), years);
    }

    /** Completed years of experience in the category's activity on the reference date. */
    long completedYearsNow() {
        return profile.careerYears().completedIn(category);
    }

    private BigDecimal statedYears() {
        return profile.careerYears().in(category);
    }
}
