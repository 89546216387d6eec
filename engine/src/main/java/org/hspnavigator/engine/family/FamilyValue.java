package org.hspnavigator.engine.family;

import org.hspnavigator.engine.table.DatedValues;

/** The numbers of the family rules (docs/rules.md §14), by the names family.tsv gives them. */
enum FamilyValue implements DatedValues.Name {
    /** Parents: the household income from which a parent may come. */
    PARENTS_HOUSEHOLD_INCOME_YEN,
    /** Parents: the age a child to raise must be under. */
    PARENTS_CHILD_UNDER_AGE,
    /** Any domestic worker: the household income from which one may be employed. */
    DOMESTIC_WORKER_HOUSEHOLD_INCOME_YEN,
    /** Domestic worker for family circumstances: the age a child must be under. */
    DOMESTIC_WORKER_CHILD_UNDER_AGE,
    /** The worker's own age, at least. */
    DOMESTIC_WORKER_MINIMUM_AGE,
    /** The worker's pay a month, at least. */
    DOMESTIC_WORKER_MONTHLY_PAY_YEN,
    /** Investment management: the household income from which a second worker may be employed. */
    INVESTMENT_MANAGEMENT_SECOND_WORKER_HOUSEHOLD_INCOME_YEN,
    /** J-Skip: the household income from which up to two workers may be employed. */
    J_SKIP_DOMESTIC_WORKERS_HOUSEHOLD_INCOME_YEN;
}
