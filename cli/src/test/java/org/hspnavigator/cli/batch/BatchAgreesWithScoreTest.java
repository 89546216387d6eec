package org.hspnavigator.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.InvalidCase;
import org.hspnavigator.formats.cases.CaseFiles.ScoringCase;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Same answers everywhere: every case file's profile, flattened into a CSV row (JSON paths as
 * columns, lists by index), scores in {@code hsp batch} exactly as the JSON does in {@code hsp score}
 * and as the case expects; every invalid profile that CSV can express is refused naming the same field
 * with the same words, as a row error, or before any row when the field is no column at all.
 */
class BatchAgreesWithScoreTest {

    private static final List<String> CATEGORIES = List.of("ACADEMIC_RESEARCH", "SPECIALIZED_TECHNICAL",
            "BUSINESS_MANAGEMENT");

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyScoringCaseScoresAsInScore() throws IOException {
        List<ScoringCase> cases = CaseFiles.scoringCases();
        List<Map<String, String>> flat = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", "case-" + i);
            flatten("", cases.get(i).input(), row);
            flat.add(row);
        }
        Path in = write("cases.csv", flat);
        Path out = dir.resolve("cases-out.csv");
        Run run = Cli.run("batch", in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = BatchFiles.rows(out);
        assertThat(rows).hasSameSizeAs(cases);
        return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(cases.get(i).displayName(),
                () -> agree(cases.get(i), rows.get(i), "case-" + i)));
    }

    private static void agree(ScoringCase scoringCase, Map<String, String> row, String id) throws InvalidInputException {
        assertThat(row).containsEntry("id", id).containsEntry("error", "");
        Run score = Cli.runWithInput(StrictJson.toText(scoringCase.input()), "score", "--json", "-");
        JsonNode result = StrictJson.parse(score.out());
        assertThat(row.get("referenceDate")).isEqualTo(result.get("referenceDate").stringValue());
        for (JsonNode assessment : result.get("assessments")) {
            String category = assessment.get("category").stringValue();
            assertThat(row.get(category + ".points")).as(category + " points")
                    .isEqualTo(Integer.toString(assessment.get("points").intValue()));
            assertThat(row.get(category + ".eligible")).as(category + " eligible")
                    .isEqualTo(Boolean.toString(assessment.get("eligible").booleanValue()));
        }
        JsonNode best = result.get("bestCategory");
        assertThat(row.get("bestCategory")).isEqualTo(best.isNull() ? "" : best.stringValue());
        // And what the case itself expects, so that agreeing on a wrong answer cannot pass.
        for (JsonNode expected : scoringCase.expected().get("assessments")) {
            String category = expected.get("category").stringValue();
            assertThat(row.get(category + ".points")).isEqualTo(Integer.toString(expected.get("points").intValue()));
            assertThat(row.get(category + ".eligible")).isEqualTo(Boolean.toString(expected.get("eligible").booleanValue()));
        }
        if (scoringCase.expected().has("bestCategory")) {
            JsonNode expectedBest = scoringCase.expected().get("bestCategory");
            assertThat(row.get("bestCategory")).isEqualTo(expectedBest.isNull() ? "" : expectedBest.stringValue());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidProfileThatCsvCanExpressIsRefusedAtTheSameField() {
        return expressibleInvalidCases().map(invalid -> DynamicTest.dynamicTest(invalid.displayName(),
                () -> refuse(invalid)));
    }

    @Test
    void mostInvalidProfilesAreExpressibleInCsvAndRefusedThere() throws IOException {
        int refused = 0;
        for (InvalidCase invalid : expressibleInvalidCases().toList()) {
            Run run = batchOf(invalid);
            if (run.exitCode() != 0) {
                refused++;
            }
        }
        assertThat(refused).as("invalid profiles refused by batch too").isGreaterThanOrEqualTo(70);
    }

    /** The invalid cases whose input is one JSON object: arrays, bare values and malformed text have no CSV form. */
    private static Stream<InvalidCase> expressibleInvalidCases() {
        return CaseFiles.invalidCases().stream().filter(invalid -> json(invalid).filter(JsonNode::isObject).isPresent());
    }

    private static void refuse(InvalidCase invalid) throws IOException {
        Run run = batchOf(invalid);
        String column = column(invalid.path());
        switch (run.exitCode()) {
            case 2 -> {
                // The field is no column (an unknown or misspelt name, a value where an object belongs).
                assertThat(run.err()).contains("invalid header").contains("column " + column);
            }
            case 3 -> {
                String error = BatchFiles.rows(dir.resolve(outName(invalid))).get(0).get("error");
                assertThat(error).startsWith("line 2: ").contains(column + ": ").contains(invalid.fragments());
                JsonNode value = valueAt(json(invalid).orElseThrow(), column);
                // The words can only be the same when the cell holds the same text as the JSON string: a cell
                // has no JSON type (19900101 is "the number" in JSON, text in a cell) and an empty cell is a
                // field not given (JSON's "" is a blank string).
                if (value != null && value.isString() && !value.stringValue().isEmpty()) {
                    Run score = Cli.runWithInput(invalid.input(), "score", "--json", "-");
                    String jsonMessage = score.err().lines().filter(line -> line.startsWith("  " + invalid.path() + ": "))
                            .findFirst().orElseThrow().substring(("  " + invalid.path() + ": ").length());
                    assertThat(error).as("the same words as hsp score").contains(column + ": " + jsonMessage);
                }
            }
            default -> {
                // Scored: only possible when the JSON error was about its type, which CSV text does not carry
                // ("8000000" as a JSON string is a number in a cell), or when the JSON string is in a form a
                // spreadsheet writes, which a cell is read in and JSON is not ("1990/01/01").
                assertThat(run.exitCode()).isZero();
                Run score = Cli.runWithInput(invalid.input(), "score", "--json", "-");
                JsonNode value = valueAt(json(invalid).orElseThrow(), column);
                if (!isSpreadsheetForm(value)) {
                    assertThat(score.err()).contains(invalid.path() + ": expected ").contains(", got ");
                }
                assertThat(score.exitCode()).isEqualTo(2);
            }
        }
    }

    /** A string that a cell reads as another: spaces around it, full-width characters, 2026/12/01, 8,000,000. */
    private static boolean isSpreadsheetForm(JsonNode value) {
        if (value == null || !value.isString()) {
            return false;
        }
        String text = value.stringValue();
        return !text.equals(text.strip()) || text.matches("\\d{4}/\\d{1,2}/\\d{1,2}")
                || text.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")
                || text.chars().anyMatch(c -> c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000');
    }

    private static Run batchOf(InvalidCase invalid) throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        flatten("", json(invalid).orElseThrow(), row);
        Path in = write(outName(invalid) + ".in.csv", List.of(row));
        return Cli.run("batch", in.toString(), "-o", dir.resolve(outName(invalid)).toString());
    }

    private static String outName(InvalidCase invalid) {
        return "invalid-" + Integer.toHexString(invalid.name().hashCode()) + ".csv";
    }

    private static Optional<JsonNode> json(InvalidCase invalid) {
        try {
            return Optional.of(StrictJson.parse(new String(invalid.input(), StandardCharsets.UTF_8)));
        } catch (InvalidInputException notJson) {
            return Optional.empty();
        }
    }

    /** The value at a dotted path (list indexes as names), or null when there is none. */
    private static JsonNode valueAt(JsonNode root, String dottedPath) {
        JsonNode value = root;
        for (String step : dottedPath.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = value.isArray() && step.matches("\\d+") ? value.get(Integer.parseInt(step)) : value.get(step);
        }
        return value;
    }

    /** {@code degrees[0].level} is the column {@code degrees.0.level}. */
    private static String column(String jsonPath) {
        return jsonPath.replaceAll("\\[(\\d+)]", ".$1");
    }

    /** The JSON value as CSV cells: objects by dotted path, arrays by index, null as an empty cell. */
    private static void flatten(String path, JsonNode value, Map<String, String> row) {
        if (value.isObject()) {
            for (String name : value.propertyNames()) {
                flatten(path.isEmpty() ? name : path + "." + name, value.get(name), row);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                flatten(path + "." + i, value.get(i), row);
            }
        } else if (value.isNull()) {
            row.put(path, "");
        } else if (value.isString()) {
            row.put(path, value.stringValue());
        } else if (value.isIntegralNumber()) {
            row.put(path, value.bigIntegerValue().toString());
        } else if (value.isNumber()) {
            row.put(path, value.decimalValue().toString());
        } else {
            row.put(path, Boolean.toString(value.booleanValue()));
        }
    }

    private static Path write(String name, List<Map<String, String>> rows) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(columns);
            for (Map<String, String> row : rows) {
                csv.writeRecord(columns.stream().map(column -> row.getOrDefault(column, "")).toList());
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
