package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;

/**
 * The verdict on one family preference.
 *
 * @param id          which preference
 * @param eligibility eligible, not eligible, or not assessed for lack of a fact
 * @param workers     for a domestic-worker type: how many workers it allows (0 unless eligible);
 *                    0 for the other preferences
 * @param endsOn      the first day it no longer applies, when the facts fix one (a child's 7th or
 *                    13th birthday); empty when no end follows from the facts
 * @param reasons     why, as message keys with arguments
 * @param conditions  what the user must still make sure of (not computed: the worker's age and pay,
 *                    living together, ...)
 */
public record Preference(PreferenceId id, Eligibility eligibility, int workers, Optional<LocalDate> endsOn,
        List<Message> reasons, List<Message> conditions) {

    public Preference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(endsOn, "endsOn");
        reasons = List.copyOf(reasons);
        conditions = List.copyOf(conditions);
        if (workers < 0 || (workers > 0 && eligibility != Eligibility.ELIGIBLE)) {
            throw new IllegalArgumentException("workers " + workers + " for " + eligibility);
        }
    }

    public boolean eligible() {
        return eligibility == Eligibility.ELIGIBLE;
    }

    /** The last day it applies: the day before {@link #endsOn()}. */
    public Optional<LocalDate> lastDay() {
        return endsOn.map(day -> day.minusDays(1));
    }
}
