package org.hspnavigator.web.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.web.system.JsonResponses;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lists of applicants and of stored assessments written straight from the rows are, byte for byte,
 * the lists of the trees that {@link ApplicantJson#applicant} and {@link ApplicantJson#assessment} make of
 * them (the JSON of every other answer with an applicant or an assessment).
 */
class ApplicantJsonTest {

    @Test
    void theListWrittenFromTheRowsIsTheListOfTheirTrees() {
        ApplicantRepository.Applicant full = new ApplicantRepository.Applicant("0190a0b0-0000-7000-8000-000000000001",
                "org", "張 偉 \"Zhang\"", Optional.of("REF-1"),
                Optional.of(StrictJson.toText(parse("{\"continuousSince\": \"2022-04-01\", \"absences\": [{\"days\": 30}]}"))),
                Optional.of(StrictJson.toText(parse("{\"spouse\": {\"income\": 4000000.50}, \"children\": []}"))),
                OptionalInt.of(3), Optional.of(LocalDate.of(2027, 4, 30)), Instant.ofEpochMilli(1_764_000_000_123L),
                Instant.ofEpochMilli(1_764_000_100_000L));
        ApplicantRepository.Applicant bare = new ApplicantRepository.Applicant("0190a0b0-0000-7000-8000-000000000002",
                "org", "Bare", Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Instant.ofEpochMilli(0), Instant.ofEpochMilli(1));
        for (List<ApplicantRepository.Applicant> applicants : List.<List<ApplicantRepository.Applicant>>of(
                List.of(full, bare), List.of(bare), List.of())) {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            ApplicantJson.writeApplicants(applicants, written);
            ObjectNode tree = StrictJson.nodes().objectNode();
            tree.set("applicants", ApplicantJson.array(applicants.stream().map(ApplicantJson::applicant).toList()));
            String expected = new String(JsonResponses.bytes(tree), StandardCharsets.UTF_8);
            assertThat(written.toString(StandardCharsets.UTF_8) + "\n").isEqualTo(expected);
        }
    }

    @Test
    void theHistoryWrittenFromTheRowsIsTheListOfTheirTrees() {
        ApplicantRepository.StoredAssessment best = new ApplicantRepository.StoredAssessment(
                "0190a0b0-0000-7000-8000-000000000003", "0190a0b0-0000-7000-8000-000000000001", LocalDate.of(2026, 1, 1),
                "2023-03-31", "0.1.0", Optional.of("ADVANCED_SPECIALIZED_TECHNICAL"),
                StrictJson.toText(parse("{\"results\": [{\"points\": 80, \"ratio\": 0.50, \"notes\": [], \"why\": \"年収 「800万円」\"}],"
                        + " \"bestCategory\": \"ADVANCED_SPECIALIZED_TECHNICAL\", \"empty\": {}}")),
                Instant.ofEpochMilli(1_764_000_000_001L), Optional.of("0190a0b0-0000-7000-8000-0000000000aa"));
        ApplicantRepository.StoredAssessment none = new ApplicantRepository.StoredAssessment(
                "0190a0b0-0000-7000-8000-000000000004", "0190a0b0-0000-7000-8000-000000000001", LocalDate.of(2020, 2, 29),
                "2023-03-31", "0.1.0", Optional.empty(), "{\n  \"bestCategory\" : null\n}",
                Instant.ofEpochMilli(0), Optional.empty());
        for (List<ApplicantRepository.StoredAssessment> history : List.<List<ApplicantRepository.StoredAssessment>>of(
                List.of(best, none), List.of(none), List.of())) {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            ApplicantJson.writeAssessments(history, written);
            ObjectNode tree = StrictJson.nodes().objectNode();
            tree.set("assessments", ApplicantJson.array(history.stream().map(ApplicantJson::assessment).toList()));
            String expected = new String(JsonResponses.bytes(tree), StandardCharsets.UTF_8);
            assertThat(written.toString(StandardCharsets.UTF_8) + "\n").isEqualTo(expected);
        }
    }

    private static tools.jackson.databind.JsonNode parse(String text) {
        return ApplicantCases.parse(text);
    }
}
