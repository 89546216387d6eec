package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.CommandLine;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The import of a batch CSV file: all or nothing, with the errors of {@code hsp batch}'s error column word
 * for word; a file without errors becomes applicants whose stored assessments give the points
 * {@code hsp batch} gives.
 */
@ApiTest
class ImportTest {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    @Test
    void anInvalidRowRefusesTheWholeFileWithTheErrorsOfHspBatch() throws Exception {
        WorkspaceClient program = WorkspaceClient.program(port, tenants.organization("Import").memberToken());
        String csv = Files.readString(CaseFiles.repositoryRoot().resolve("examples/candidates.csv"))
                + "A-100,2026-11-27,1990-01-01,5000000\n"
                + "A-101,2026-11-27,2030-01-01,-5,,,,,,,,,,,N9,,\n";
        List<String> expected = batch(csv).values().stream().filter(row -> !row[1].isEmpty()).map(row -> row[1]).toList();
        assertThat(expected).hasSize(3);
        Answer refused = program.send("POST", "/api/v1/applicants/import", "text/csv", csv);
        assertThat(refused.status()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        refused.json().get("errors").forEach(error -> errors.add(error.get("message").stringValue()));
        assertThat(errors).isEqualTo(expected);
        assertThat(program.get("/api/v1/applicants").json().get("applicants").size()).as("nothing imported").isZero();
    }

    @Test
    void aValidFileBecomesApplicantsScoredAsHspBatchScoresThem() throws Exception {
        WorkspaceClient program = WorkspaceClient.program(port, tenants.organization("Import").memberToken());
        String csv = Files.readString(CaseFiles.repositoryRoot().resolve("examples/candidates.csv")).lines()
                .filter(line -> !line.startsWith("A-006")).reduce("", (a, b) -> a + b + "\n");
        Map<String, String[]> batch = batch(csv);
        Answer imported = program.send("POST", "/api/v1/applicants/import", "text/csv", "\uFEFF" + csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("imported").intValue()).isEqualTo(batch.size());
        for (JsonNode applicant : imported.json().get("applicants")) {
            String name = applicant.get("name").stringValue();
            JsonNode history = program.get("/api/v1/applicants/" + applicant.get("id").stringValue() + "/assessments")
                    .json().get("assessments");
            assertThat(history.size()).isEqualTo(1);
            JsonNode assessment = history.get(0).get("assessment");
            String best = assessment.get("bestCategory").isNull() ? "" : assessment.get("bestCategory").stringValue();
            assertThat(best).as(name).isEqualTo(batch.get(name)[0]);
        }
    }

    @Test
    void aHeaderWithAnUnknownColumnIsRefusedAsHspBatchRefusesIt() {
        WorkspaceClient program = WorkspaceClient.program(port, tenants.organization("Import").memberToken());
        String csv = "id,birthDate,annualSalary\nX,1990-01-01,5000000\n";
        CommandLine.Run run = CommandLine.run(csv, "batch", "-", "-o", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        Answer refused = program.send("POST", "/api/v1/applicants/import", "text/csv", csv);
        assertThat(refused.status()).isEqualTo(400);
        String message = refused.json().get("errors").get(0).get("message").stringValue();
        assertThat(run.err()).contains(message);
    }

    /** The output of {@code hsp batch} by id: best category and error. */
    private static Map<String, String[]> batch(String csv) throws Exception {
        CommandLine.Run run = CommandLine.run(csv, "batch", "-", "-o", "-");
        Map<String, String[]> rows = new TreeMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(run.out())) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                List<String> fields = record.getFields();
                rows.put(fields.get(0), new String[] {fields.get(fields.size() - 2), fields.get(fields.size() - 1)});
            }
        }
        return rows;
    }
}
