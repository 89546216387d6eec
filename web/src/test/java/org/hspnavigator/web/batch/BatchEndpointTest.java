package org.hspnavigator.web.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.CommandLine;
import org.hspnavigator.web.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/batch} through a real HTTP client: the same bytes as {@code hsp batch -o -} for the
 * same text and options (the example file, every scoring case as a row, seeded random files full of
 * invalid rows), and each problem it answers before any CSV: 400, 406, 415.
 */
@ApiTest
class BatchEndpointTest {

    private static final String PATH = "/api/v1/batch";

    @LocalServerPort
    int port;

    @Test
    void theExampleFileGivesTheCommandLinesOutput() throws IOException {
        byte[] csv = Files.readAllBytes(CaseFiles.repositoryRoot().resolve("examples/candidates.csv"));
        Http.Answer answer = post("", csv);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(answer.body()).contains("line 7: birthDate: \"\"1991-04-31\"\" is not a real date");
        assertSameAsCommandLine(csv, "", answer);
    }

    @Test
    void theDescribedExampleIsWhatTheServerAnswers() {
        Http.Answer answer = post("", BatchController.INPUT_EXAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.body()).isEqualTo(BatchController.OUTPUT_EXAMPLE);
    }

    @Test
    void everyScoringCaseAsARowGivesTheCommandLinesOutput() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CaseFiles.ScoringCase scoringCase : CaseFiles.scoringCases()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", scoringCase.file() + " " + scoringCase.name());
            flatten("", scoringCase.input(), row);
            rows.add(row);
        }
        byte[] csv = csv(rows).getBytes(StandardCharsets.UTF_8);
        Http.Answer answer = post("", csv);
        assertThat(answer.body().lines().count()).isGreaterThan(rows.size());
        assertSameAsCommandLine(csv, "", answer);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261205L, 7L})
    void randomFilesWithInvalidRowsGiveTheCommandLinesOutputWithEachOption(long seed) {
        byte[] csv = randomFile(new SplittableRandom(seed), 3000).getBytes(StandardCharsets.UTF_8);
        for (String query : List.of("", "?category=business_management", "?date=2026-04-01", "?excel=true",
                "?category=ACADEMIC_RESEARCH&date=2025-01-31&excel=TRUE")) {
            Http.Answer answer = post(query, csv);
            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat(answer.body()).as(query).contains("cells, but the header has").contains("unknown value");
            assertSameAsCommandLine(csv, query, answer);
        }
    }

    @Test
    void aByteOrderMarkAndWindows31jAreReadAsOnTheCommandLine() {
        byte[] utf8 = "\uFEFFid,birthDate,annualSalaryYen,degrees.0.field\n山田,1990-01-01,8000000,経済学\n"
                .getBytes(StandardCharsets.UTF_8);
        assertSameAsCommandLine(utf8, "", post("", utf8));
        byte[] sjis = "id,birthDate,annualSalaryYen,degrees.0.level\n山田,1990-01-01,8000000,MASTER\n"
                .getBytes(Charset.forName("windows-31j"));
        Http.Answer answer = http().post(PATH, "text/csv;charset=windows-31j", sjis);
        assertThat(answer.body()).contains("山田,2,");
        CommandLine.Run run = CommandLine.run(sjis, "batch", "--encoding", "windows-31j", "-", "-o", "-");
        assertThat(answer.body()).isEqualTo(run.out());
    }

    @Test
    void aBadHeaderIsA400NamingEachColumnBeforeAnyCsv() throws InvalidInputException {
        Http.Answer answer = post("", "id,birthDat,id\nA,1990-01-01,B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode errors = StrictJson.parse(answer.body()).get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("path").stringValue()).isEqualTo("birthDat");
        assertThat(errors.get(0).get("message").stringValue()).startsWith("line 1: unknown column; did you mean \"birthDate\"?");
        assertThat(errors.get(1).get("path").stringValue()).isEqualTo("id");
        CommandLine.Run run = CommandLine.run("id,birthDat,id\nA,1990-01-01,B\n", "batch", "-", "-o", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(errors.get(1).get("message").stringValue().substring("line 1: ".length()));
    }

    @Test
    void anEmptyBodyBadQueryOrTextNotInItsCharsetIsA400() throws InvalidInputException {
        Http.Answer empty = post("", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(message(empty, 0)).isEqualTo("the body is empty; expected a header row of profile field names");
        Http.Answer query = post("?category=X&date=2013-01-01&excel=yes", "id\nA\n".getBytes(StandardCharsets.UTF_8));
        assertThat(query.status()).isEqualTo(400);
        assertThat(StrictJson.parse(query.body()).get("errors").valueStream()
                .map(error -> error.get("in").stringValue() + ":" + error.get("path").stringValue()).toList())
                .containsExactly("query:category", "query:date", "query:excel");
        byte[] latin1 = "id,birthDate\nJosé,1990-01-01\n".getBytes(StandardCharsets.ISO_8859_1);
        Http.Answer undecodable = post("", latin1);
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(message(undecodable, 0)).startsWith("the text is not valid UTF-8");
    }

    @Test
    void anotherContentTypeIs415AndAnAcceptWithoutCsvIs406() {
        byte[] csv = "id\nA\n".getBytes(StandardCharsets.UTF_8);
        Http.Answer json = http().post(PATH, "application/json", csv);
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).isEqualTo("application/problem+json");
        Http.Answer unknownCharset = http().post(PATH, "text/csv;charset=no-such-charset", csv);
        assertThat(unknownCharset.status()).isEqualTo(415);
        Http.Answer acceptJson = http().send(HttpRequest.newBuilder(http().uri(PATH)).header("Content-Type", "text/csv")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
        assertThat(acceptJson.status()).isEqualTo(406);
        assertThat(acceptJson.contentType()).isEqualTo("application/problem+json");
        Http.Answer acceptCsv = http().send(HttpRequest.newBuilder(http().uri(PATH)).header("Content-Type", "text/csv")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
        assertThat(acceptCsv.status()).isEqualTo(200);
    }

    private Http http() {
        return new Http(port);
    }

    private Http.Answer post(String query, byte[] csv) {
        return http().post(PATH + query, "text/csv", csv);
    }

    private static String message(Http.Answer answer, int error) throws InvalidInputException {
        return StrictJson.parse(answer.body()).get("errors").get(error).get("message").stringValue();
    }

    /** The answer's bytes are those {@code hsp batch - -o -} writes with the query's options. */
    private static void assertSameAsCommandLine(byte[] csv, String query, Http.Answer answer) {
        List<String> args = new ArrayList<>(List.of("batch", "-", "-o", "-"));
        for (String parameter : query.isEmpty() ? new String[0] : query.substring(1).split("&")) {
            String[] pair = parameter.split("=", 2);
            if (pair[0].equals("excel")) {
                args.add("--excel");
            } else {
                args.add("--" + pair[0]);
                args.add(pair[1]);
            }
        }
        CommandLine.Run run = CommandLine.run(csv, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
        assertThat(answer.response().body()).as("hsp %s", String.join(" ", args))
                .isEqualTo(run.out().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Rows valid and invalid: bad dates, unknown values, too few and too many cells, ids that need quoting,
     * quoted line breaks, empty lines and CRLF line ends.
     */
    static String randomFile(SplittableRandom random, int rows) {
        String[] levels = {"DOCTORATE", "MASTER", "BACHELOR", "PHD", ""};
        String[] jlpt = {"N1", "N2", "N3", ""};
        String[] ids = {"A-%d", "\"with, comma %d\"", "\"two\nlines %d\"", "\"quoted \"\"%d\"\"\"", "#%d", ""};
        StringBuilder csv = new StringBuilder("id,referenceDate,birthDate,annualSalaryYen,degrees.0.level,"
                + "careerYears.specializedTechnical,japaneseLanguage.jlpt,research.papers\n");
        for (int i = 0; i < rows; i++) {
            int shape = random.nextInt(20);
            csv.append(String.format(ids[random.nextInt(ids.length)], i)).append(',');
            csv.append(random.nextInt(8) == 0 ? "2026-02-30" : "2026-0" + (1 + random.nextInt(9)) + "-15").append(',');
            csv.append(1960 + random.nextInt(45)).append("-0").append(1 + random.nextInt(9)).append("-1")
                    .append(random.nextInt(10)).append(',');
            csv.append(random.nextInt(10) == 0 ? "lots" : Long.toString(3_000_000L + 100_000L * random.nextInt(150)))
                    .append(',');
            csv.append(levels[random.nextInt(levels.length)]).append(',').append(random.nextInt(15)).append(',');
            csv.append(jlpt[random.nextInt(jlpt.length)]);
            if (shape != 0) {
                csv.append(',').append(random.nextInt(4));
            }
            if (shape == 1) {
                csv.append(",extra");
            }
            csv.append(shape == 2 ? "\r\n" : "\n");
            if (shape == 3) {
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    /** Rows of named cells as CSV, the header the union of their names in order of appearance. */
    private static String csv(List<Map<String, String>> rows) {
        List<String> header = rows.stream().flatMap(row -> row.keySet().stream()).distinct().toList();
        StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
        for (Map<String, String> row : rows) {
            text.append(header.stream().map(column -> quoted(row.getOrDefault(column, "")))
                    .collect(Collectors.joining(","))).append('\n');
        }
        return text.toString();
    }

    private static String quoted(String cell) {
        return cell.matches("[^,\"\r\n#]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** A JSON profile as the cells of a row: objects by dotted path, arrays by index, null as an empty cell. */
    private static void flatten(String path, JsonNode value, Map<String, String> row) {
        if (value.isObject()) {
            for (String name : value.propertyNames()) {
                flatten(path.isEmpty() ? name : path + "." + name, value.get(name), row);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                flatten(path + "." + i, value.get(i), row);
            }
        } else {
            row.put(path, value.isNull() ? "" : value.isString() ? value.stringValue() : value.toString());
        }
    }
}
