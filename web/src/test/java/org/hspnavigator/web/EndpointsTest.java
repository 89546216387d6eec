package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each endpoint through a real HTTP client: its answer, its content type, and each error status it can give. */
@ApiTest
class EndpointsTest {

    private static final String PROFILE = read("examples/mr-zhang.json");
    private static final String CASE = read("examples/case-zhang.json");

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @Test
    void assessmentsScoreAProfileAndAnArray() throws InvalidInputException {
        Http.Answer one = http().postJson("/api/v1/assessments", PROFILE);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.contentType()).isEqualTo("application/json");
        assertThat(json(one).get("bestCategory").stringValue()).isEqualTo("SPECIALIZED_TECHNICAL");
        Http.Answer two = http().postJson("/api/v1/assessments?category=academic_research", "[" + PROFILE + "," + PROFILE + "]");
        assertThat(two.status()).isEqualTo(200);
        assertThat(json(two).size()).isEqualTo(2);
        assertThat(json(two).get(1).get("assessments").size()).isEqualTo(1);
    }

    @Test
    void everyOtherEndpointAnswersJson() throws InvalidInputException {
        assertThat(json(ok(http().postJson("/api/v1/advice?target=80&limit=2", PROFILE))).get("target").intValue())
                .isEqualTo(80);
        assertThat(json(ok(http().postJson("/api/v1/permanent-residence?date=2026-11-27", CASE))).get("routes").size())
                .isEqualTo(3);
        assertThat(json(ok(http().postJson("/api/v1/family", CASE))).get("date").stringValue()).isEqualTo("2026-11-27");
        assertThat(json(ok(http().postJson("/api/v1/checklists?procedure=change&expiry=2027-04-30", CASE)))
                .get("procedure").stringValue()).isEqualTo("change");
        assertThat(json(ok(http().get("/api/v1/faq"))).size()).isGreaterThan(10);
        assertThat(json(ok(http().get("/api/v1/faq/D"))).get("id").stringValue()).isEqualTo("d");
        JsonNode ruleSets = json(ok(http().get("/api/v1/rule-sets"))).get("ruleSets");
        assertThat(ruleSets.get(0).get("effectiveFrom").stringValue()).isEqualTo("2013-12-24");
        assertThat(ruleSets.get(0).get("sources").get(0).get("url").stringValue()).startsWith("https://");
    }

    @Test
    void anApplicantAbroadGetsACoeChecklistButNoPermanentResidence() throws InvalidInputException {
        String abroad = CASE.replaceFirst("\"continuousSince\"\\s*:\\s*\"[0-9-]+\"\\s*,?", "");
        assertThat(abroad).isNotEqualTo(CASE);
        assertThat(json(ok(http().postJson("/api/v1/checklists?procedure=coe&date=2026-11-27", abroad)))
                .get("procedure").stringValue()).isEqualTo("coe");
        for (String refused : new String[] {"/api/v1/permanent-residence?date=2026-11-27",
                "/api/v1/checklists?procedure=pr&date=2026-11-27"}) {
            Http.Answer answer = http().postJson(refused, abroad);
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(json(answer).get("errors").findValuesAsString("path")).as(refused)
                    .containsExactly("residence.continuousSince");
        }
    }

    @Test
    void pointTablesFollowTheRuleSetInForce() throws InvalidInputException {
        JsonNode before = json(ok(http().get("/api/v1/point-tables?date=2017-04-25")));
        JsonNode after = json(ok(http().get("/api/v1/point-tables?date=2017-04-26")));
        assertThat(before.get("ruleSet").stringValue()).isEqualTo("2013-12-24");
        assertThat(after.get("ruleSet").stringValue()).isEqualTo("2017-04-26");
        assertThat(criteria(before)).doesNotContain("multipleDegrees");
        assertThat(criteria(after)).contains("multipleDegrees", "education", "salary", "age");
        for (JsonNode row : after.get("rows")) {
            assertThat(row.get("sources").size()).as(row.toString()).isPositive();
        }
        assertThat(json(ok(http().get("/api/v1/point-tables"))).get("date").stringValue()).isEqualTo("2026-11-27");
    }

    @Test
    void badInputIsA400NamingEveryProblem() throws InvalidInputException {
        Http.Answer answer = http().postJson("/api/v1/assessments?category=nope&date=2013-12-23",
                "{\"birthDate\": \"1990-01-01\", \"annualSalaryYen\": -5, \"degrees\": [{\"level\": \"PHD\"}]}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = json(answer);
        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("path"))
                .containsExactly("category", "date", "annualSalaryYen", "degrees[0].level");
        assertThat(problem.get("errors").get(1).get("message").stringValue()).contains("before 2013-12-24");
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void queryParametersAreCheckedAsTheCommandLineOptions() throws InvalidInputException {
        assertThat(paths(http().postJson("/api/v1/advice?target=75&limit=0", PROFILE))).containsExactly("target", "limit");
        assertThat(paths(http().postJson("/api/v1/advice?target=x", PROFILE))).containsExactly("target");
        assertThat(paths(http().postJson("/api/v1/advice", "[" + PROFILE + "]"))).containsExactly("$");
        assertThat(paths(http().postJson("/api/v1/checklists", CASE))).containsExactly("procedure");
        assertThat(paths(http().postJson("/api/v1/checklists?procedure=visa", CASE))).containsExactly("procedure");
        assertThat(paths(http().postJson("/api/v1/checklists?procedure=coe&expiry=2027-01-01", CASE))).containsExactly("expiry");
        assertThat(paths(http().postJson("/api/v1/checklists?procedure=change&expiry=2027-02-30", CASE))).containsExactly("expiry");
        assertThat(paths(http().postJson("/api/v1/family?date=2020-01-01", CASE))).containsExactly("date");
        assertThat(paths(http().get("/api/v1/point-tables?date=2028-01-01"))).containsExactly("date");
        String withoutEmployer = CASE.replace("\"employerCategory\": 3", "\"employerCategory\": null")
                .replace(",\n  \"employerCategory\": null", "");
        assertThat(paths(http().postJson("/api/v1/checklists?procedure=change", withoutEmployer)))
                .containsExactly("employerCategory");
    }

    @Test
    void unknownPathsAndIdsAre404() throws InvalidInputException {
        Http.Answer path = http().get("/api/v1/nothing-here");
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.contentType()).isEqualTo("application/problem+json");
        Http.Answer myth = http().get("/api/v1/faq/zz");
        assertThat(myth.status()).isEqualTo(404);
        assertThat(json(myth).get("detail").stringValue()).contains("unknown myth \"zz\"");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        Http.Answer answer = http().get("/api/v1/assessments");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.response().headers().firstValue("Allow")).hasValue("POST");
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aClientThatAcceptsNoJsonGets406() {
        Http.Answer answer = http().send(HttpRequest.newBuilder(http().uri("/api/v1/faq")).header("Accept", "text/html"));
        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Http.Answer csv = http().post("/api/v1/assessments", "text/csv", "birthDate\n1990-01-01\n".getBytes(StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(415);
        assertThat(csv.contentType()).isEqualTo("application/problem+json");
        assertThat(csv.response().headers().firstValue("Accept")).hasValue("application/json");
    }

    @Test
    void theLimitsAre413() throws InvalidInputException {
        byte[] big = new byte[1_048_577];
        java.util.Arrays.fill(big, (byte) ' ');
        Http.Answer size = http().post("/api/v1/assessments", "application/json", big);
        assertThat(size.status()).isEqualTo(413);
        assertThat(json(size).get("limit").stringValue()).isEqualTo("maxBodyBytes");

        String many = "[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]";
        Http.Answer array = http().postJson("/api/v1/assessments", many);
        assertThat(array.status()).isEqualTo(413);
        assertThat(json(array).get("limit").stringValue()).isEqualTo("maxArrayLength");
        String thousand = "[" + String.join(",", java.util.Collections.nCopies(1000, PROFILE)) + "]";
        assertThat(http().postJson("/api/v1/assessments", thousand).status()).isEqualTo(200);

        Http.Answer deep = http().postJson("/api/v1/assessments", "[".repeat(33) + "]".repeat(33));
        assertThat(deep.status()).isEqualTo(413);
        assertThat(json(deep).get("limit").stringValue()).isEqualTo("maxNestingDepth");
        assertThat(http().postJson("/api/v1/assessments", "[".repeat(32) + "]".repeat(32)).status()).isEqualTo(400);
    }

    @Test
    void aBodyOfUnknownLengthIsReadUpToTheLimit() throws InvalidInputException {
        byte[] profile = PROFILE.getBytes(StandardCharsets.UTF_8);
        Http.Answer declared = http().postJson("/api/v1/assessments", PROFILE);
        Http.Answer chunked = postChunked("/api/v1/assessments", profile);
        assertThat(chunked.status()).isEqualTo(200);
        assertThat(chunked.body()).isEqualTo(declared.body());

        byte[] atTheLimit = new byte[1_048_576];
        java.util.Arrays.fill(atTheLimit, (byte) ' ');
        System.arraycopy(profile, 0, atTheLimit, 0, profile.length);
        Http.Answer whole = postChunked("/api/v1/assessments", atTheLimit);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(declared.body());

        byte[] overTheLimit = java.util.Arrays.copyOf(atTheLimit, atTheLimit.length + 1);
        overTheLimit[overTheLimit.length - 1] = ' ';
        Http.Answer over = postChunked("/api/v1/assessments", overTheLimit);
        assertThat(over.status()).isEqualTo(413);
        assertThat(json(over).get("limit").stringValue()).isEqualTo("maxBodyBytes");
        assertThat(json(over).get("detail").stringValue()).contains("1048576");
    }

    /** Posts {@code body} as JSON without a Content-Length: the client sends it in chunks. */
    private Http.Answer postChunked(String path, byte[] body) {
        return http().send(HttpRequest.newBuilder(http().uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    @Test
    void requestsTomcatRefusesAreProblemsToo() throws Exception {
        for (String target : new String[] {"/api/v1/point-tables?date=%ZZ", "/api/v1/faq/%ZZ", "/%2e%2e/etc/passwd"}) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400").contains("application/problem+json")
                    .contains("\"status\" : 400").doesNotContain("<html", "Tomcat");
        }
    }

    /** Sends a request as bytes, for what an HTTP client refuses to send. */
    private String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void healthProbesAnswerForLoadBalancers() {
        assertThat(http().get("/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(http().get("/actuator/health/readiness").body()).contains("\"UP\"");
    }

    @Test
    void swaggerUiIsServedWithItsOwnAssets() {
        Http.Answer page = http().send(HttpRequest.newBuilder(http().uri("/swagger-ui/index.html")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("https://");
        Http.Answer bundle = http().send(HttpRequest.newBuilder(http().uri("/swagger-ui/swagger-ui-bundle.js")));
        assertThat(bundle.status()).isEqualTo(200);
        Http.Answer config = http().send(HttpRequest.newBuilder(http().uri("/v3/api-docs/swagger-config")));
        assertThat(config.body()).contains("/v3/api-docs").doesNotContain("validator.swagger.io");
    }

    private static Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        return answer;
    }

    private static JsonNode json(Http.Answer answer) throws InvalidInputException {
        return StrictJson.parse(answer.body());
    }

    private static java.util.List<String> paths(Http.Answer answer) throws InvalidInputException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return json(answer).get("errors").findValuesAsString("path");
    }

    private static java.util.List<String> criteria(JsonNode sheet) {
        return sheet.get("rows").findValuesAsString("criterion");
    }

    private static String read(String file) {
        try {
            return Files.readString(CaseFiles.repositoryRoot().resolve(Path.of(file)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
