package org.hspnavigator.engine.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.profile.Profile;
import org.junit.jupiter.api.Test;

/** The reading of snapshots on a date (docs/rules.md §18, the case format). */
class ApplicantCaseTest {

    private static final LocalDate BIRTH = LocalDate.of(1990, 5, 20);
    private static final Residence RESIDENCE = new Residence(LocalDate.of(2022, 4, 1), Optional.empty());

    private static Profile snapshot(String date, long salary) {
        return Profile.builder(LocalDate.parse(date), BIRTH, salary).build();
    }

    private static ApplicantCase caseOf(Profile... snapshots) {
        return new ApplicantCase(List.of(snapshots), RESIDENCE, Household.NONE, OptionalInt.empty());
    }

    @Test
    void theLatestSnapshotOnOrBeforeTheDateDescribesItRedatedToIt() {
        ApplicantCase applicant = caseOf(snapshot("2025-04-01", 9_000_000), snapshot("2023-04-01", 7_000_000));
        assertThat(applicant.profileOn(LocalDate.of(2023, 3, 31))).isEmpty();
        assertThat(applicant.profileOn(LocalDate.of(2023, 4, 1))).map(Profile::annualSalaryYen).contains(7_000_000L);
        assertThat(applicant.profileOn(LocalDate.of(2025, 3, 31))).map(Profile::annualSalaryYen).contains(7_000_000L);
        assertThat(applicant.profileOn(LocalDate.of(2025, 4, 1))).map(Profile::annualSalaryYen).contains(9_000_000L);
        assertThat(applicant.profileOn(LocalDate.of(2030, 1, 1))).map(Profile::referenceDate)
                .contains(LocalDate.of(2030, 1, 1));
        assertThat(applicant.profileOn(LocalDate.of(2030, 1, 1))).map(Profile::annualSalaryYen).contains(9_000_000L);
        assertThat(applicant.snapshotIndexOn(LocalDate.of(2024, 1, 1))).isZero();
        assertThat(applicant.snapshotIndexOn(LocalDate.of(2020, 1, 1))).isEqualTo(-1);
        assertThat(applicant.firstSnapshotDate()).isEqualTo(LocalDate.of(2023, 4, 1));
    }

    @Test
    void aCaseNeedsSnapshotsOnDistinctDatesAndAnEmployerCategoryFromOneToFour() {
        assertThatThrownBy(() -> caseOf()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caseOf(snapshot("2023-04-01", 1), snapshot("2023-04-01", 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApplicantCase(List.of(snapshot("2023-04-01", 1)), RESIDENCE, Household.NONE,
                OptionalInt.of(5))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApplicantCase(List.of(snapshot("2023-04-01", 1)), RESIDENCE, Household.NONE,
                OptionalInt.of(4)).employerCategory()).hasValue(4);
    }
}
