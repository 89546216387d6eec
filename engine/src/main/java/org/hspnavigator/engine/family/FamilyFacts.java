package org.hspnavigator.engine.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.profile.Profile;

/**
 * What the family rules look at on one date.
 *
 * @param date                         the date the preferences are assessed for
 * @param hspAnnualSalaryYen           the HSP's annual salary on that date (the case snapshot in force)
 * @param spouseAnnualSalaryYen        the spouse's annual remuneration (0 without a spouse or income)
 * @param childrenBirthDates           the children of the HSP or the spouse; those born after the date do not count yet
 * @param pregnancy                    the HSP or the spouse is pregnant
 * @param spouseUnableToDoHousework    the spouse cannot do housework (illness and the like)
 * @param holdsHspStatus               the case shows an HSP status held on the date
 * @param jSkip                        the HSP holds the status as J-Skip (特別高度人材)
 * @param investmentManagement         the HSP works for a registered investment-management business
 * @param workerEmployedAbroadOneYear  a domestic worker employed by the HSP abroad for 1 year or more;
 *                                     empty when the case does not say, so the type is not assessed
 */
public record FamilyFacts(LocalDate date, long hspAnnualSalaryYen, long spouseAnnualSalaryYen,
        List<LocalDate> childrenBirthDates, boolean pregnancy, boolean spouseUnableToDoHousework,
        boolean holdsHspStatus, boolean jSkip, boolean investmentManagement,
        Optional<Boolean> workerEmployedAbroadOneYear) {

    public FamilyFacts {
        Objects.requireNonNull(date, "date");
        childrenBirthDates = List.copyOf(childrenBirthDates);
        Objects.requireNonNull(workerEmployedAbroadOneYear, "workerEmployedAbroadOneYear");
        if (hspAnnualSalaryYen < 0 || spouseAnnualSalaryYen < 0) {
            throw new IllegalArgumentException("negative salary");
        }
    }

    /**
     * The facts of a case on a date: the HSP's salary and employer from the snapshot in force, the
     * household as given, J-Skip from {@code residence.hsp} when that status is held on the date. The
     * case format has no field for a worker employed abroad, so that type stays not assessed. Empty
     * before the first snapshot, where the case gives no salary.
     */
    public static Optional<FamilyFacts> of(ApplicantCase applicant, LocalDate date) {
        Optional<Profile> profile = applicant.profileOn(date);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Optional<HspStatus> status = applicant.residence().hsp().filter(hsp -> !hsp.since().isAfter(date));
        Household household = applicant.household();
        return Optional.of(new FamilyFacts(date, profile.get().annualSalaryYen(), household.spouseAnnualSalaryYen(),
                household.childrenBirthDates(), household.pregnancy(), household.spouseUnableToDoHousework(),
                status.isPresent(), status.map(HspStatus::jSkip).orElse(false),
                profile.get().employer().investmentManagementBusiness(), Optional.empty()));
    }

    /** Household income (世帯年収): the HSP's annual salary plus the spouse's (docs/rules.md §14). */
    public long householdIncomeYen() {
        return Math.addExact(hspAnnualSalaryYen, spouseAnnualSalaryYen);
    }
}
