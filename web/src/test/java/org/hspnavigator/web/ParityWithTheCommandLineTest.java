package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.InvalidCase;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API answers exactly what the command line prints: every case file goes through its endpoint and
 * through the real command object with {@code --json}, and the two documents must be equal; every
 * invalid input gets a 400 naming the same problems (paths and words) as the command's stderr.
 */
@ApiTest
class ParityWithTheCommandLineTest {

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyScoringCase() {
        Http http = new Http(port);
        return CaseFiles.scoringCases().stream().map(scoring -> DynamicTest.dynamicTest(scoring.displayName(), () -> {
            String body = StrictJson.toText(scoring.input());
            same(http.postJson("/api/v1/assessments", body), CommandLine.run(body, "score", "--json", "-"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyScoringCaseAsOneArrayAndByCategory() {
        Http http = new Http(port);
        StringBuilder array = new StringBuilder("[");
        CaseFiles.scoringCases().forEach(scoring -> array.append(array.length() > 1 ? "," : "")
                .append(StrictJson.toText(scoring.input())));
        String body = array.append("]").toString();
        return Stream.of(
                DynamicTest.dynamicTest("every case in one array", () -> same(http.postJson("/api/v1/assessments", body),
                        CommandLine.run(body, "score", "--json", "-"))),
                DynamicTest.dynamicTest("with category and date", () -> same(
                        http.postJson("/api/v1/assessments?category=business_management&date=2024-02-29", body),
                        CommandLine.run(body, "score", "--json", "--category", "business_management", "--date",
                                "2024-02-29", "-"))));
    }

    @TestFactory
    Stream<DynamicTest> everyScoringCaseThroughAdvice() {
        Http http = new Http(port);
        return CaseFiles.scoringCases().stream().map(scoring -> DynamicTest.dynamicTest(scoring.displayName(), () -> {
            String body = StrictJson.toText(scoring.input());
            String target = scoring.name().length() % 2 == 0 ? "70" : "80";
            same(http.postJson("/api/v1/advice?target=" + target + "&limit=3", body),
                    CommandLine.run(body, "advise", "--json", "--target", target, "--limit", "3", "-"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidProfile() {
        Http http = new Http(port);
        return CaseFiles.invalidCases().stream().flatMap(invalid -> Stream.of(
                DynamicTest.dynamicTest("assessments › " + invalid.displayName(),
                        () -> sameProblems(http, "/api/v1/assessments", invalid, "score", "--json", "-")),
                DynamicTest.dynamicTest("advice › " + invalid.displayName(),
                        () -> sameProblems(http, "/api/v1/advice", invalid, "advise", "--json", "-"))));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidCase() {
        Http http = new Http(port);
        return CaseFiles.invalidApplicantCases().stream().flatMap(invalid -> Stream.of(
                DynamicTest.dynamicTest("permanent-residence › " + invalid.displayName(), () -> sameProblems(
                        http, "/api/v1/permanent-residence", invalid, "pr", "--json", "-")),
                DynamicTest.dynamicTest("family › " + invalid.displayName(), () -> sameProblems(
                        http, "/api/v1/family", invalid, "family", "--json", "-")),
                DynamicTest.dynamicTest("checklists › " + invalid.displayName(), () -> sameProblems(
                        http, "/api/v1/checklists?procedure=pr", invalid, "checklist", "--procedure", "pr", "--json", "-"))));
    }

    @TestFactory
    Stream<DynamicTest> everyPermanentResidenceCase() {
        Http http = new Http(port);
        return CaseFiles.prCases().stream().map(pr -> DynamicTest.dynamicTest(pr.displayName(), () -> {
            String body = StrictJson.toText(pr.input());
            same(http.postJson("/api/v1/permanent-residence?date=" + pr.applicationDate(), body),
                    CommandLine.run(body, "pr", "--json", "--date", pr.applicationDate(), "-"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFamilyCase() throws IOException, InvalidInputException {
        Http http = new Http(port);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode node : caseFiles("family")) {
            String body = StrictJson.toText(node.get("case"));
            String date = node.get("date").stringValue();
            tests.add(DynamicTest.dynamicTest(node.get("name").stringValue(), () -> same(
                    http.postJson("/api/v1/family?date=" + date, body),
                    CommandLine.run(body, "family", "--json", "--date", date, "-"))));
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyChecklistCase() throws IOException, InvalidInputException {
        Http http = new Http(port);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode node : caseFiles("checklist")) {
            String body = StrictJson.toText(node.get("case"));
            List<String> args = new ArrayList<>(List.of("checklist", "--json", "--procedure",
                    node.get("procedure").stringValue(), "--date", node.get("date").stringValue()));
            String query = "?procedure=" + node.get("procedure").stringValue() + "&date=" + node.get("date").stringValue();
            if (node.has("expiry")) {
                args.addAll(List.of("--expiry", node.get("expiry").stringValue()));
                query += "&expiry=" + node.get("expiry").stringValue();
            }
            args.add("-");
            String path = "/api/v1/checklists" + query;
            tests.add(DynamicTest.dynamicTest(node.get("name").stringValue(), () -> same(http.postJson(path, body),
                    CommandLine.run(body, args.toArray(String[]::new)))));
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    /**
     * A birth date on or after the date of the query is refused as the command refuses it after
     * {@code --date}: the same path, the date named as the query parameter it came from.
     */
    @TestFactory
    Stream<DynamicTest> aBirthDateNotBeforeTheQueryDate() {
        Http http = new Http(port);
        String body = "{\"referenceDate\": \"2026-04-01\", \"birthDate\": \"2021-06-18\", \"annualSalaryYen\": 6000000}";
        return Stream.of("/api/v1/assessments", "/api/v1/advice").map(path -> DynamicTest.dynamicTest(path, () -> {
            Http.Answer answer = http.postJson(path + "?date=2021-06-18", body);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            JsonNode error = StrictJson.parse(answer.body()).get("errors").get(0);
            assertThat(error.get("path").stringValue()).isEqualTo("birthDate");
            assertThat(error.get("message").stringValue())
                    .isEqualTo("2021-06-18 is not before the reference date 2021-06-18 (query parameter date)");
            CommandLine.Run run = CommandLine.run(body, "score", "--json", "--lang", "en", "--date", "2021-06-18", "-");
            assertThat(run.err()).contains("birthDate: 2021-06-18 is not before the reference date 2021-06-18 (--date)");
        }));
    }

    /**
     * A case that gives neither the residence nor the employer's category, for a procedure filed in Japan:
     * the API names the same missing field first as the command does.
     */
    @TestFactory
    Stream<DynamicTest> aCaseWithoutResidenceNorEmployerCategory() {
        Http http = new Http(port);
        String body = "{\"snapshots\": [{\"referenceDate\": \"2024-01-01\", \"birthDate\": \"1990-01-01\","
                + " \"annualSalaryYen\": 8000000}]}";
        return Stream.of("change", "extension").map(procedure -> DynamicTest.dynamicTest(procedure, () -> {
            CommandLine.Run run = CommandLine.run(body, "checklist", "--json", "--lang", "en", "--procedure", procedure, "-");
            Http.Answer answer = http.postJson("/api/v1/checklists?procedure=" + procedure, body);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            JsonNode errors = StrictJson.parse(answer.body()).get("errors");
            assertThat(errors).hasSize(1);
            String line = "  " + errors.get(0).get("path").stringValue() + ": " + errors.get(0).get("message").stringValue();
            assertThat(run.err().lines().toList()).as(run.err()).contains(line);
        }));
    }

    private static void same(Http.Answer answer, CommandLine.Run run) throws InvalidInputException {
        assertThat(run.exitCode()).as("the command's exit code; stderr: " + run.err()).isZero();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(StrictJson.parse(answer.body())).isEqualTo(StrictJson.parse(run.out()));
    }

    /** The 400's errors, as the command's lines {@code "  path: message"}, equal the command's stderr lines. */
    private static void sameProblems(Http http, String path, InvalidCase invalid, String... args)
            throws InvalidInputException {
        CommandLine.Run run = CommandLine.run(invalid.input(), args);
        Http.Answer answer = http.post(path, "application/json", invalid.input());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        List<String> lines = new ArrayList<>();
        for (JsonNode error : StrictJson.parse(answer.body()).get("errors")) {
            String where = error.get("path").stringValue();
            lines.add("  " + (where.isEmpty() ? "" : where + ": ") + error.get("message").stringValue());
        }
        List<String> printed = run.err().lines().filter(line -> line.startsWith("  ")).toList();
        assertThat(lines).as("stderr: " + run.err()).isEqualTo(printed);
    }

    private static List<JsonNode> caseFiles(String folder) throws IOException, InvalidInputException {
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(CaseFiles.repositoryRoot().resolve("cases").resolve(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : StrictJson.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))) {
                    nodes.add(node);
                }
            }
        }
        return nodes;
    }
}
