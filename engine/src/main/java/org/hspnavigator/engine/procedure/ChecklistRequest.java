package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;

/**
 * What a checklist is built from.
 *
 * @param procedure        the procedure
 * @param profile          the applicant as of the filing date (its reference date is that date)
 * @param employerCategory 1–4 (docs/rules.md §16); may be empty only for permanent residence
 * @param hspCategory      the category of the HSP status held, which the points must be proved in;
 *                         empty: the best category on the date
 * @param expiry           the day the current period of stay expires, when known (change, extension)
 * @param earlier          the applicant as of an earlier date, empty before the case's first snapshot:
 *                         permanent residence proves the points at the start of the route's period too
 * @param metRoute         permanent residence: the route of docs/rules.md §11 met on the date, as
 *                         {@code hsp pr} found it (the first met of 80 points, 70 points, J-Skip), when the
 *                         case shows one; empty: the route follows the points
 */
public record ChecklistRequest(Procedure procedure, Profile profile, OptionalInt employerCategory,
        Optional<Category> hspCategory, Optional<LocalDate> expiry, Function<LocalDate, Optional<Profile>> earlier,
        Optional<RouteResult> metRoute) {

    public ChecklistRequest {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(employerCategory, "employerCategory");
        Objects.requireNonNull(hspCategory, "hspCategory");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(metRoute, "metRoute");
        if (metRoute.isPresent() && !metRoute.get().met()) {
            throw new IllegalArgumentException(metRoute.get().route() + " is not met");
        }
        if (employerCategory.isEmpty() && procedure != Procedure.PR) {
            throw new IllegalArgumentException("the employer category is needed for " + procedure);
        }
    }

    /** A request without the applicant's history: the points at a PR route's start are not shown. */
    public ChecklistRequest(Procedure procedure, Profile profile, OptionalInt employerCategory,
            Optional<Category> hspCategory, Optional<LocalDate> expiry) {
        this(procedure, profile, employerCategory, hspCategory, expiry, date -> Optional.empty());
    }

    /** A request with the applicant's history but no permanent-residence route found. */
    public ChecklistRequest(Procedure procedure, Profile profile, OptionalInt employerCategory,
            Optional<Category> hspCategory, Optional<LocalDate> expiry, Function<LocalDate, Optional<Profile>> earlier) {
        this(procedure, profile, employerCategory, hspCategory, expiry, earlier, Optional.empty());
    }

    /**
     * The request of a case on a date; empty before the first snapshot. For permanent residence the
     * route is the one {@code hsp pr} finds met on the date, by the same assessment: the first met in
     * its order (80 points, 70 points, J-Skip).
     */
    public static Optional<ChecklistRequest> of(ApplicantCase applicant, Procedure procedure, LocalDate date,
            Optional<LocalDate> expiry) {
        Optional<Profile> profile = applicant.profileOn(date);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Optional<RouteResult> metRoute = Optional.empty();
        if (procedure == Procedure.PR) {
            PermanentResidenceResult routes = PermanentResidence.official().assess(applicant, date);
            metRoute = routes.routes().stream().filter(RouteResult::met).findFirst();
        }
        return Optional.of(new ChecklistRequest(procedure, profile.get(), applicant.employerCategory(),
                applicant.residence().hsp().map(HspStatus::category), expiry, applicant::profileOn, metRoute));
    }

    public LocalDate date() {
        return profile.referenceDate();
    }
}
