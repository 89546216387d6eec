package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Message;

/**
 * The family preferences of an HSP(i) holder on one date.
 *
 * @param date               the date assessed
 * @param householdIncomeYen the HSP's annual salary plus the spouse's
 * @param preferences        one per {@link PreferenceId}, in its order
 * @param notes              what holds for all of them (HSP(i) only, ends with permanent residence, ...)
 */
public record FamilyAssessment(LocalDate date, long householdIncomeYen, List<Preference> preferences,
        List<Message> notes) {

    public FamilyAssessment {
        Objects.requireNonNull(date, "date");
        preferences = List.copyOf(preferences);
        notes = List.copyOf(notes);
    }

    public Preference preference(PreferenceId id) {
        return preferences.stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + id));
    }

    /**
     * The most domestic workers the household may employ: the largest number any eligible type allows.
     * The types are alternative grounds, not added up (docs/rules.md §14 gives each its own maximum).
     */
    public int maxDomesticWorkers() {
        return preferences.stream().filter(p -> p.id().isDomesticWorker()).mapToInt(Preference::workers).max().orElse(0);
    }
}
