package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.Route;
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
 * @param metPointsRoute   permanent residence: the points of the route of docs/rules.md §11 met on the date
 *                         (80 before 70), when the case shows one; empty: the route follows the points
 */
public record ChecklistRequest(Procedure procedure, Profile profile, OptionalInt employerCategory,
        Optional<Category> hspCategory, Optional<LocalDate> expiry, Function<LocalDate, Optional<Profile>> earlier,
        OptionalInt metPointsRoute) {

    public ChecklistRequest {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(employerCategory, "employerCategory");
        Objects.requireNonNull(hspCategory, "hspCategory");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(metPointsRoute, "metPointsRoute");
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
        this(procedure, profile, employerCategory, hspCategory, expiry, earlier, OptionalInt.empty());
    }

    /**
     * The request of a case on a date; empty before the first snapshot. For permanent residence the
     * route met on the date is found as {@code hsp pr} finds it (the 80-point route first).
     */
    public static Optional<ChecklistRequest> of(ApplicantCase applicant, Procedure procedure, LocalDate date,
            Optional<LocalDate> expiry) {
        Optional<Profile> profile = applicant.profileOn(date);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt metRoute = OptionalInt.empty();
        if (procedure == Procedure.PR) {
            PermanentResidenceResult routes = PermanentResidence.official().assess(applicant, date);
            for (Route route : List.of(Route.POINTS_80, Route.POINTS_70)) {
                boolean met = routes.routes().stream().anyMatch(r -> r.route() == route && r.met());
                if (met && metRoute.isEmpty()) {
                    metRoute = route.threshold();
                }
            }
        }
        return Optional.of(new ChecklistRequest(procedure, profile.get(), applicant.employerCategory(),
                applicant.residence().hsp().map(HspStatus::category), expiry, applicant::profileOn, metRoute));
    }

    public LocalDate date() {
        return profile.referenceDate();
    }
}
