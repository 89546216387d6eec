package org.hspnavigator.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/**
 * An applicant abroad has no continuous residence in Japan: a case without
 * {@code residence.continuousSince} (or without {@code residence}) serves the commands that do not
 * depend on it, a Certificate of Eligibility's checklist and the family preferences, while permanent
 * residence, a change of status and an extension, filed in Japan, say that they need it.
 */
class ApplicantAbroadTest {

    private static final String SNAPSHOT = "{\"referenceDate\": \"2026-01-01\", \"birthDate\": \"1994-06-15\","
            + " \"annualSalaryYen\": 8000000, \"degrees\": [{\"level\": \"MASTER\", \"field\": \"Computer science\"}],"
            + " \"careerYears\": {\"specializedTechnical\": 5}, \"japaneseLanguage\": {\"jlpt\": \"N2\"}}";
    private static final String HOUSEHOLD = "\"household\": {\"spouseAnnualSalaryYen\": 0,"
            + " \"childrenBirthDates\": [\"2025-02-01\"]}";
    private static final String WITHOUT_START = "{\"snapshots\": [" + SNAPSHOT + "], \"residence\": {}, "
            + HOUSEHOLD + ", \"employerCategory\": 2}";
    private static final String WITHOUT_RESIDENCE = "{\"snapshots\": [" + SNAPSHOT + "], " + HOUSEHOLD
            + ", \"employerCategory\": 2}";
    private static final String WITH_START = "{\"snapshots\": [" + SNAPSHOT + "], \"residence\": {\"continuousSince\":"
            + " \"2026-01-01\"}, " + HOUSEHOLD + ", \"employerCategory\": 2}";

    @Test
    void theChecklistOfACertificateOfEligibilityNeedsNoResidence() {
        for (String applicant : new String[] {WITHOUT_START, WITHOUT_RESIDENCE}) {
            Run run = Cli.runWithInput(applicant, "checklist", "--procedure", "coe", "--date", "2026-11-27", "-");
            assertThat(run.err()).isEmpty();
            assertThat(run.exitCode()).isZero();
            Run resident = Cli.runWithInput(WITH_START, "checklist", "--procedure", "coe", "--date", "2026-11-27", "-");
            assertThat(run.out()).isEqualTo(resident.out()).contains("Points are proved in SPECIALIZED_TECHNICAL: 80 points");
        }
    }

    @Test
    void theFamilyPreferencesNeedNoResidence() {
        for (String applicant : new String[] {WITHOUT_START, WITHOUT_RESIDENCE}) {
            Run run = Cli.runWithInput(applicant, "family", "--date", "2026-11-27", "-");
            assertThat(run.err()).isEmpty();
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEqualTo(Cli.runWithInput(WITH_START, "family", "--date", "2026-11-27", "-").out());
        }
    }

    @Test
    void permanentResidenceSaysItNeedsTheStartOfResidence() {
        for (String applicant : new String[] {WITHOUT_START, WITHOUT_RESIDENCE}) {
            Run run = Cli.runWithInput(applicant, "pr", "--date", "2026-11-27", "-");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("hsp pr: invalid input in standard input:\n"
                    + "  residence.continuousSince: required for permanent residence: the first day of the current"
                    + " continuous residence in Japan, YYYY-MM-DD (only an applicant abroad, for a Certificate of"
                    + " Eligibility or the family preferences, may leave it out)\n");
        }
        assertThat(Cli.runWithInput(WITH_START, "pr", "--date", "2026-11-27", "-").exitCode()).isZero();
    }

    @Test
    void theProceduresFiledInJapanSayTheyNeedTheStartOfResidence() {
        for (String procedure : new String[] {"change", "extension", "pr"}) {
            Run run = Cli.runWithInput(WITHOUT_START, "checklist", "--procedure", procedure, "--date", "2026-11-27", "-");
            assertThat(run.exitCode()).as(procedure).isEqualTo(2);
            assertThat(run.out()).as(procedure).isEmpty();
            assertThat(run.err()).as(procedure).startsWith("hsp checklist: invalid input in standard input:\n"
                    + "  residence.continuousSince: required for ");
            assertThat(Cli.runWithInput(WITH_START, "checklist", "--procedure", procedure, "--date", "2026-11-27", "-")
                    .exitCode()).as(procedure).isZero();
        }
    }
}
