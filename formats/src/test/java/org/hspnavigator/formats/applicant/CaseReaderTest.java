package org.hspnavigator.formats.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The case JSON (docs/rules.md §18): snapshots in date order, defaults, the example case. */
class CaseReaderTest {

    private static final CaseReader READER = new CaseReader(
            new ReferenceDates(InvalidApplicantCasesTest.CLOCK, RuleBook.official().earliestDate()));

    private static ApplicantCase read(String json) throws InvalidInputException {
        return READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMinimalCaseTakesTheDefaults() throws InvalidInputException {
        ApplicantCase read = read("{\"snapshots\": [{\"referenceDate\": \"2024-04-01\", \"birthDate\": \"1990-05-20\","
                + " \"annualSalaryYen\": 8000000}], \"residence\": {\"continuousSince\": \"2022-04-01\"}}");
        assertThat(read.snapshots()).hasSize(1);
        assertThat(read.residence().continuousSince()).contains(LocalDate.of(2022, 4, 1));
        assertThat(read.residence().hsp()).isEmpty();
        assertThat(read.household()).isEqualTo(Household.NONE);
        assertThat(read.employerCategory()).isEmpty();
    }

    @Test
    void snapshotsAreSortedByDateWhateverTheirOrderInTheFile() throws InvalidInputException {
        ApplicantCase read = read("{\"snapshots\": ["
                + "{\"referenceDate\": \"2025-04-01\", \"birthDate\": \"1990-05-20\", \"annualSalaryYen\": 9000000},"
                + "{\"referenceDate\": \"2023-04-01\", \"birthDate\": \"1990-05-20\", \"annualSalaryYen\": 7000000}],"
                + " \"residence\": {\"continuousSince\": \"2022-04-01\"}}");
        assertThat(read.snapshots()).extracting(Profile::annualSalaryYen).containsExactly(7_000_000L, 9_000_000L);
    }

    @Test
    void aJSkipStatusNeedsNoRecognizedPoints() throws InvalidInputException {
        ApplicantCase read = read("{\"snapshots\": [{\"referenceDate\": \"2024-04-01\", \"birthDate\": \"1990-05-20\","
                + " \"annualSalaryYen\": 25000000}], \"residence\": {\"continuousSince\": \"2023-06-01\","
                + " \"hsp\": {\"since\": \"2023-06-01\", \"category\": \"ACADEMIC_RESEARCH\", \"jSkip\": true}}}");
        assertThat(read.residence().hsp()).contains(
                new HspStatus(LocalDate.of(2023, 6, 1), Category.ACADEMIC_RESEARCH, 0, true));
    }

    @Test
    void theExampleCaseReadsCompletely() throws IOException, InvalidInputException {
        ApplicantCase read;
        try (InputStream in = Files.newInputStream(CaseFiles.repositoryRoot().resolve("examples/case-zhang.json"))) {
            read = READER.read(in);
        }
        assertThat(read.snapshots()).extracting(Profile::referenceDate).containsExactly(
                LocalDate.of(2022, 4, 1), LocalDate.of(2023, 5, 1), LocalDate.of(2026, 10, 1));
        assertThat(read.residence().hsp()).contains(
                new HspStatus(LocalDate.of(2023, 5, 1), Category.SPECIALIZED_TECHNICAL, 75, false));
        assertThat(read.household().childrenBirthDates()).containsExactly(LocalDate.of(2025, 2, 1));
        assertThat(read.employerCategory()).hasValue(3);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> read("{\"snapshots\": [{\"birthDate\": \"1990-05-20\", \"annualSalaryYen\": -1}],"
                        + " \"residence\": {\"continuousSince\": \"2022-02-30\"}, \"employerCategory\": 9}"));
        assertThat(refused.violations()).extracting(v -> v.path()).containsAll(List.of(
                "snapshots[0].referenceDate", "snapshots[0].annualSalaryYen", "residence.continuousSince",
                "employerCategory"));
    }

    @Test
    void anApplicantAbroadGivesNoResidenceOrNoStartOfIt() throws InvalidInputException {
        String snapshot = "{\"snapshots\": [{\"referenceDate\": \"2026-01-01\", \"birthDate\": \"1990-05-20\","
                + " \"annualSalaryYen\": 8000000}]";
        assertThat(read(snapshot + "}").residence()).isEqualTo(Residence.ABROAD);
        assertThat(read(snapshot + ", \"residence\": null}").residence()).isEqualTo(Residence.ABROAD);
        assertThat(read(snapshot + ", \"residence\": {}}").residence()).isEqualTo(Residence.ABROAD);
        ApplicantCase withStatus = read(snapshot + ", \"residence\": {\"hsp\": {\"since\": \"2026-01-01\","
                + " \"category\": \"SPECIALIZED_TECHNICAL\", \"recognizedPoints\": 70}}}");
        assertThat(withStatus.residence().continuousSince()).isEmpty();
        assertThat(withStatus.residence().hsp()).isPresent();
        assertThat(read(snapshot + ", \"residence\": {\"continuousSince\": \"2026-01-01\"}}").residence()
                .continuousSince()).contains(LocalDate.of(2026, 1, 1));
    }
}
