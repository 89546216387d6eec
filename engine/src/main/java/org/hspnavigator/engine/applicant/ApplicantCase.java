package org.hspnavigator.engine.applicant;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.profile.Profile;

/**
 * An applicant over time (docs/rules.md §18, the case format): profile snapshots, each describing the applicant
 * from its reference date until the next one, with the residence, household and employer category
 * that permanent residence, HSP(ii), the family preferences and the checklists depend on.
 *
 * @param snapshots        at least one, sorted by reference date, no two on the same date
 * @param residence        the residence in Japan
 * @param household        the family ({@link Household#NONE} when the case gives none)
 * @param employerCategory the employer's category 1–4 (docs/rules.md §16); empty when unknown
 */
public record ApplicantCase(List<Profile> snapshots, Residence residence, Household household,
        OptionalInt employerCategory) {

    public static final int LOWEST_EMPLOYER_CATEGORY = 1;
    public static final int HIGHEST_EMPLOYER_CATEGORY = 4;

    public ApplicantCase {
        snapshots = snapshots.stream().sorted(Comparator.comparing(Profile::referenceDate)).toList();
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(employerCategory, "employerCategory");
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("a case has at least one snapshot");
        }
        for (int i = 1; i < snapshots.size(); i++) {
            if (snapshots.get(i).referenceDate().equals(snapshots.get(i - 1).referenceDate())) {
                throw new IllegalArgumentException("two snapshots on " + snapshots.get(i).referenceDate());
            }
        }
        if (employerCategory.isPresent() && (employerCategory.getAsInt() < LOWEST_EMPLOYER_CATEGORY
                || employerCategory.getAsInt() > HIGHEST_EMPLOYER_CATEGORY)) {
            throw new IllegalArgumentException("employerCategory " + employerCategory.getAsInt() + " is not 1 to 4");
        }
    }

    /**
     * The snapshot describing the applicant on {@code date}, as written (its own reference date): the
     * latest with a reference date on or before it; empty before the first snapshot.
     */
    public Optional<Profile> snapshotOn(LocalDate date) {
        int index = snapshotIndexOn(date);
        return index < 0 ? Optional.empty() : Optional.of(snapshots.get(index));
    }

    /**
     * The position in {@link #snapshots()} of the snapshot describing {@code date}, or -1 before the first.
     * Two dates with the same index are described by the same facts.
     */
    public int snapshotIndexOn(LocalDate date) {
        int low = 0;
        int high = snapshots.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (snapshots.get(middle).referenceDate().isAfter(date)) {
                high = middle - 1;
            } else {
                found = middle;
                low = middle + 1;
            }
        }
        return found;
    }

    /**
     * The applicant as of {@code date}: the snapshot describing that date, re-dated to it so that the
     * age and the rule set are those of {@code date}; empty before the first snapshot.
     */
    public Optional<Profile> profileOn(LocalDate date) {
        return snapshotOn(date).map(snapshot -> snapshot.withReferenceDate(date));
    }

    /** The first snapshot's reference date: before it, the case says nothing about the applicant. */
    public LocalDate firstSnapshotDate() {
        return snapshots.get(0).referenceDate();
    }
}
