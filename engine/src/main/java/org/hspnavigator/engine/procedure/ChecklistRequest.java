package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;

/**
 * What a checklist is built from.
 *
 * @param procedure        the procedure
 * @param profile          the applicant as of the filing date (its reference date is that date)
 * @param employerCategory 1–4 (system.md §5.1); may be empty only for permanent residence
 * @param hspCategory      the category of the HSP status held, which the points must be proved in;
 *                         empty: the best category on the date
 * @param expiry           the day the current period of stay expires, when known (change, extension)
 */
public record ChecklistRequest(Procedure procedure, Profile profile, OptionalInt employerCategory,
        Optional<Category> hspCategory, Optional<LocalDate> expiry) {

    public ChecklistRequest {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(employerCategory, "employerCategory");
        Objects.requireNonNull(hspCategory, "hspCategory");
        Objects.requireNonNull(expiry, "expiry");
        if (employerCategory.isEmpty() && procedure != Procedure.PR) {
            throw new IllegalArgumentException("the employer category is needed for " + procedure);
        }
    }

    /** The request of a case on a date; empty before the first snapshot. */
    public static Optional<ChecklistRequest> of(ApplicantCase applicant, Procedure procedure, LocalDate date,
            Optional<LocalDate> expiry) {
        return applicant.profileOn(date).map(profile -> new ChecklistRequest(procedure, profile,
                applicant.employerCategory(), applicant.residence().hsp().map(HspStatus::category), expiry));
    }

    public LocalDate date() {
        return profile.referenceDate();
    }
}
