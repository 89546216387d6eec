package org.hspnavigator.engine.applicant;

import java.time.LocalDate;
import java.util.List;

/**
 * The applicant's family as far as the family preferences of docs/rules.md §14 ask about it
 * (docs/rules.md §18, {@code household}).
 *
 * @param spouseAnnualSalaryYen      the spouse's annual remuneration (0 without a spouse or income)
 * @param childrenBirthDates         the birth dates of the children of the applicant or the spouse, oldest first
 * @param pregnancy                  whether the applicant or the spouse is pregnant
 * @param spouseUnableToDoHousework  whether the spouse cannot do housework (illness, work, ...)
 */
public record Household(long spouseAnnualSalaryYen, List<LocalDate> childrenBirthDates, boolean pregnancy,
        boolean spouseUnableToDoHousework) {

    /** The household of a case that describes none: no spouse income, no children. */
    public static final Household NONE = new Household(0, List.of(), false, false);

    public Household {
        if (spouseAnnualSalaryYen < 0) {
            throw new IllegalArgumentException("negative spouseAnnualSalaryYen " + spouseAnnualSalaryYen);
        }
        childrenBirthDates = childrenBirthDates.stream().sorted().toList();
    }
}
