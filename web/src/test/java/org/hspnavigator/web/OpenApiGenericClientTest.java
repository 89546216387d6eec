package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI description as a generic client reads it, with libraries that share nothing with
 * the springdoc that writes it: the swagger-parser reads it without an error or a warning, every
 * example in it is valid against its schema (a JSON Schema 2020-12 validator), and the real answers of
 * the public API (successes and problems, from {@code examples/} and {@code cases/}) are valid against
 * the schema the description gives for their status and content type.
 */
@ApiTest
class OpenApiGenericClientTest {

    /** The keywords of a schema whose values are schemas, and those whose values are maps or lists of schemas. */
    private static final Set<String> SUBSCHEMA = Set.of("items", "additionalProperties", "not", "if", "then", "else",
            "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties");
    private static final Set<String> SUBSCHEMAS = Set.of("properties", "patternProperties", "$defs", "oneOf", "anyOf",
            "allOf", "prefixItems", "dependentSchemas");

    @LocalServerPort
    int port;

    private DescribedSchemas described() throws InvalidInputException {
        Http.Answer served = new Http(port).get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        return new DescribedSchemas(StrictJson.parse(served.body()));
    }

    @Test
    void theSwaggerParserReadsItWithoutAMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(new Http(port).get("/v3/api-docs").body(),
                null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(result.getOpenAPI().getPaths()).containsKey("/api/v1/assessments");
    }

    /** The validator applies the description's schemas: what they forbid is refused, with each problem. */
    @Test
    void theValidatorRefusesWhatTheSchemasForbid() throws InvalidInputException {
        DescribedSchemas schemas = described();
        JsonNode profile = StrictJson.parse("{\"birthDate\": \"1990-02-30\", \"annualSalaryYen\": -1, \"salary\": 1,"
                + " \"degrees\": [{\"level\": \"PHD\"}]}");
        assertThat(schemas.problems("/components/schemas/Profile", profile)).hasSize(4);
        assertThat(schemas.problems("/components/schemas/Problem", StrictJson.parse("{\"status\": \"400\"}"))).isNotEmpty();
    }

    /** The readers take an optional field given as null for one left out; the described schemas say so too. */
    @Test
    void optionalFieldsGivenAsNullAreAcceptedAndDescribed() throws InvalidInputException {
        DescribedSchemas schemas = described();
        String profile = "{\"id\": null, \"referenceDate\": null, \"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 8000000,"
                + " \"degrees\": [{\"level\": \"MASTER\", \"field\": null, \"inJapan\": null}], \"careerYears\": {\"academicResearch\": null},"
                + " \"research\": null, \"japaneseLanguage\": null, \"japaneseNationalQualifications\": null, \"foreignQualification\": null,"
                + " \"position\": null, \"employer\": {\"sme\": null}, \"growthFieldProject\": null, \"training\": null,"
                + " \"investmentYen\": null}";
        String applicant = "{\"snapshots\": [" + profile.replace("\"referenceDate\": null", "\"referenceDate\": \"2024-01-01\"")
                + "], \"residence\": {\"continuousSince\": null, \"hsp\": null}, \"household\": {\"pregnancy\": null},"
                + " \"employerCategory\": null}";
        Http http = new Http(port);
        for (String[] request : new String[][] {{"/api/v1/assessments", profile}, {"/api/v1/family", applicant}}) {
            Http.Answer answer = http.postJson(request[0], request[1]);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(schemas.problems(schemas.requestSchema("POST", request[0], "application/json"),
                    StrictJson.parse(request[1]))).as(request[0]).isEmpty();
        }
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() throws InvalidInputException {
        DescribedSchemas schemas = described();
        List<String> problems = new ArrayList<>();
        int examples = walk(schemas, schemas.description(), "", false, problems);
        assertThat(problems).isEmpty();
        assertThat(examples).as("examples checked").isGreaterThan(50);
    }

    /** Checks the examples under {@code node} (a schema when {@code schema}); returns how many it checked. */
    private static int walk(DescribedSchemas schemas, JsonNode node, String pointer, boolean schema,
            List<String> problems) {
        if (!node.isObject()) {
            return 0;
        }
        int checked = 0;
        if (schema) {
            for (JsonNode example : node.path("examples")) {
                checked += check(schemas, pointer, example, pointer + "/examples", problems);
            }
            if (node.has("example")) {
                checked += check(schemas, pointer, node.get("example"), pointer + "/example", problems);
            }
        } else if (node.path("schema").isObject()) {
            // A media type or a parameter: its example, or its named examples' values, against its schema.
            if (node.has("example")) {
                checked += check(schemas, pointer + "/schema", node.get("example"), pointer + "/example", problems);
            }
            for (var named : node.path("examples").properties()) {
                if (named.getValue().has("value")) {
                    checked += check(schemas, pointer + "/schema", named.getValue().get("value"),
                            pointer + "/examples/" + named.getKey(), problems);
                }
            }
        }
        for (var field : node.properties()) {
            String key = field.getKey();
            String child = pointer + "/" + DescribedSchemas.escape(key);
            if (schema && SUBSCHEMA.contains(key)) {
                checked += walk(schemas, field.getValue(), child, true, problems);
            } else if (schema && SUBSCHEMAS.contains(key)) {
                checked += walkEach(schemas, field.getValue(), child, problems);
            } else if (!schema && key.equals("schema")) {
                checked += walk(schemas, field.getValue(), child, true, problems);
            } else if (!schema && key.equals("schemas") && pointer.equals("/components")) {
                checked += walkEach(schemas, field.getValue(), child, problems);
            } else if (!schema && !key.equals("examples") && !key.equals("example")) {
                checked += walk(schemas, field.getValue(), child, false, problems);
                if (field.getValue().isArray()) {
                    int i = 0;
                    for (JsonNode element : field.getValue()) {
                        checked += walk(schemas, element, child + "/" + i++, false, problems);
                    }
                }
            }
        }
        return checked;
    }

    private static int walkEach(DescribedSchemas schemas, JsonNode container, String pointer, List<String> problems) {
        int checked = 0;
        if (container.isArray()) {
            for (int i = 0; i < container.size(); i++) {
                checked += walk(schemas, container.get(i), pointer + "/" + i, true, problems);
            }
        } else {
            for (var entry : container.properties()) {
                checked += walk(schemas, entry.getValue(), pointer + "/" + DescribedSchemas.escape(entry.getKey()), true,
                        problems);
            }
        }
        return checked;
    }

    private static int check(DescribedSchemas schemas, String schemaPointer, JsonNode example, String where,
            List<String> problems) {
        schemas.problems(schemaPointer, example).forEach(problem -> problems.add(where + ": " + problem));
        return 1;
    }

    @TestFactory
    Stream<DynamicTest> everyRealAnswerIsValidAgainstItsDescribedSchema() throws IOException, InvalidInputException {
        DescribedSchemas schemas = described();
        Http http = new Http(port);
        List<Exchange> exchanges = exchanges(http);
        return exchanges.stream().map(exchange -> DynamicTest.dynamicTest(exchange.toString(), () -> {
            Http.Answer answer = http.send(exchange.request(http));
            String type = answer.contentType().replaceFirst(";.*", "").strip();
            String pointer = schemas.answerSchema(exchange.method(), exchange.template(), answer.status(), type);
            assertThat(pointer).as("the description has no schema for %s %s %d %s: %s", exchange.method(),
                    exchange.template(), answer.status(), type, answer.body()).isNotNull();
            assertThat(answer.status()).as(answer.body()).isEqualTo(exchange.expectedStatus());
            String request = schemas.requestSchema(exchange.method(), exchange.template(), exchange.contentType());
            if (answer.status() == 200 && request != null && exchange.contentType().endsWith("json")) {
                assertThat(schemas.problems(request, StrictJson.parse(new String(exchange.body(), StandardCharsets.UTF_8))))
                        .as("a body the API accepted, against the description's schema of it").isEmpty();
            }
            if (type.endsWith("json")) {
                assertThat(schemas.problems(pointer, StrictJson.parse(answer.body()))).as(answer.body()).isEmpty();
            }
        }));
    }

    /** One request of the public API and the status its input calls for. */
    record Exchange(String name, String method, String template, String uri, String contentType, byte[] body,
            String accept, int expectedStatus) {

        HttpRequest.Builder request(Http http) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(http.uri(uri)).header("Accept", accept);
            if (body == null) {
                return builder.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }

        @Override
        public String toString() {
            return method + " " + uri + " › " + name + " → " + expectedStatus;
        }
    }

    private static Exchange post(String name, String template, String query, String body, int status) {
        return new Exchange(name, "POST", template, template + query, "application/json",
                body.getBytes(StandardCharsets.UTF_8), "application/json", status);
    }

    private static Exchange get(String name, String template, String uri, int status) {
        return new Exchange(name, "GET", template, uri, null, null, "application/json", status);
    }

    private static List<Exchange> exchanges(Http http) throws IOException, InvalidInputException {
        Path root = CaseFiles.repositoryRoot();
        List<Exchange> all = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (String example : List.of("mr-zhang.json", "ms-li.json", "dr-wang.json", "profiles.json")) {
            profiles.add(Files.readString(root.resolve("examples").resolve(example)));
        }
        CaseFiles.scoringCases().forEach(scoring -> profiles.add(StrictJson.toText(scoring.input())));
        for (int i = 0; i < profiles.size(); i++) {
            String profile = profiles.get(i);
            all.add(post("profile " + i, "/api/v1/assessments", i % 3 == 0 ? "?category=business_management" : "", profile, 200));
            if (i % 4 == 0) {
                all.add(post("profile " + i, "/api/v1/advice", "?target=80&limit=2", profile, 200));
            }
        }
        String zhang = Files.readString(root.resolve("examples").resolve("case-zhang.json"));
        all.add(post("case-zhang", "/api/v1/advice", "?target=wrong", profiles.get(0), 400));
        all.add(post("case-zhang", "/api/v1/assessments", "?date=2013-12-23", profiles.get(0), 400));
        List<String> cases = new ArrayList<>(List.of(zhang));
        CaseFiles.prCases().forEach(pr -> cases.add(StrictJson.toText(pr.input())));
        for (int i = 0; i < cases.size(); i++) {
            all.add(post("case " + i, "/api/v1/permanent-residence", "", cases.get(i), 200));
            all.add(post("case " + i, "/api/v1/family", "", cases.get(i), 200));
            all.add(post("case " + i, "/api/v1/checklists", "?procedure=pr", cases.get(i), 200));
        }
        all.add(post("case-zhang", "/api/v1/checklists", "?procedure=change&expiry=2027-03-01", zhang, 200));
        for (JsonNode checklist : caseFiles(root, "checklist")) {
            String query = "?procedure=" + checklist.get("procedure").stringValue() + "&date="
                    + checklist.get("date").stringValue()
                    + (checklist.has("expiry") ? "&expiry=" + checklist.get("expiry").stringValue() : "");
            all.add(post(checklist.get("name").stringValue(), "/api/v1/checklists", query,
                    StrictJson.toText(checklist.get("case")), 200));
        }
        for (JsonNode family : caseFiles(root, "family")) {
            all.add(post(family.get("name").stringValue(), "/api/v1/family", "?date=" + family.get("date").stringValue(),
                    StrictJson.toText(family.get("case")), 200));
        }
        all.add(post("case-zhang", "/api/v1/checklists", "?procedure=none", zhang, 400));
        for (CaseFiles.InvalidCase invalid : CaseFiles.invalidCases()) {
            String body = new String(invalid.input(), StandardCharsets.UTF_8);
            all.add(post(invalid.name(), "/api/v1/assessments", "", body, 400));
        }
        for (CaseFiles.InvalidCase invalid : CaseFiles.invalidApplicantCases()) {
            String body = new String(invalid.input(), StandardCharsets.UTF_8);
            all.add(post(invalid.name(), "/api/v1/permanent-residence", "", body, 400));
        }
        all.add(new Exchange("not JSON", "POST", "/api/v1/assessments", "/api/v1/assessments", "text/plain",
                profiles.get(0).getBytes(StandardCharsets.UTF_8), "application/json", 415));
        all.add(new Exchange("no JSON accepted", "POST", "/api/v1/family", "/api/v1/family", "application/json",
                zhang.getBytes(StandardCharsets.UTF_8), "text/csv", 406));
        all.add(post("nested too deep", "/api/v1/assessments", "", "[".repeat(200) + "]".repeat(200), 413));
        all.add(get("every entry", "/api/v1/faq", "/api/v1/faq", 200));
        for (String id : faqIds(http)) {
            all.add(get(id, "/api/v1/faq/{id}", "/api/v1/faq/" + URLEncoder.encode(id, StandardCharsets.UTF_8), 200));
        }
        all.add(get("unknown id", "/api/v1/faq/{id}", "/api/v1/faq/no-such-entry", 404));
        all.add(get("rule sets", "/api/v1/rule-sets", "/api/v1/rule-sets", 200));
        for (String date : List.of("2013-12-24", "2017-04-26", "2021-07-30", "2023-03-31", "2026-11-27")) {
            all.add(get(date, "/api/v1/point-tables", "/api/v1/point-tables?date=" + date, 200));
        }
        all.add(get("no table", "/api/v1/point-tables", "/api/v1/point-tables?date=2013-12-23", 400));
        all.add(get("not a date", "/api/v1/point-tables", "/api/v1/point-tables?date=yesterday", 400));
        all.add(new Exchange("a report", "POST", "/api/v1/reports", "/api/v1/reports", "application/json",
                profiles.get(1).getBytes(StandardCharsets.UTF_8), "application/pdf", 200));
        all.add(new Exchange("a bad report", "POST", "/api/v1/reports", "/api/v1/reports", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), "application/pdf, application/problem+json", 400));
        all.add(new Exchange("candidates", "POST", "/api/v1/batch", "/api/v1/batch", "text/csv",
                Files.readAllBytes(root.resolve("examples").resolve("candidates.csv")), "text/csv", 200));
        all.add(new Exchange("empty", "POST", "/api/v1/batch", "/api/v1/batch", "text/csv", new byte[0],
                "text/csv, application/problem+json", 400));
        return all;
    }

    /** The entries of the case files of {@code cases/<folder>}. */
    private static List<JsonNode> caseFiles(Path root, String folder) throws IOException, InvalidInputException {
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("cases").resolve(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                StrictJson.parse(Files.readString(file)).forEach(nodes::add);
            }
        }
        return nodes;
    }

    /** The ids of the FAQ's entries, as the list answers them. */
    private static List<String> faqIds(Http http) throws InvalidInputException {
        List<String> ids = new ArrayList<>();
        StrictJson.parse(http.get("/api/v1/faq").body()).forEach(entry -> ids.add(entry.get("id").stringValue()));
        assertThat(ids).isNotEmpty();
        return ids;
    }
}
