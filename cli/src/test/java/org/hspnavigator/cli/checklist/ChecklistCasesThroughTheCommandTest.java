package org.hspnavigator.cli.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every case of {@code cases/checklist/*.json} (see cases/README.md) run through {@code hsp checklist
 * --json --procedure P --date D [--expiry E] -}; each expected field present is compared exactly.
 */
class ChecklistCasesThroughTheCommandTest {

    @TestFactory
    Stream<DynamicTest> checklistCases() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files()) {
            for (JsonNode node : StrictJson.parse(Files.newInputStream(file))) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + " › " + node.get("name").stringValue(),
                        () -> check(node)));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void check(JsonNode node) throws Exception {
        List<String> args = new ArrayList<>(List.of("checklist", "--json", "--procedure",
                node.get("procedure").stringValue(), "--date", node.get("date").stringValue()));
        if (node.has("expiry")) {
            args.addAll(List.of("--expiry", node.get("expiry").stringValue()));
        }
        args.add("-");
        Run run = Cli.runWithInput(StrictJson.toText(node.get("case")), args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode actual = StrictJson.parse(run.out());
        JsonNode expected = node.get("expected");
        assertThat(fieldNames(expected)).as("keys of expected").isSubsetOf(List.of("route", "category", "points", "threshold", "proves", "marked", "atStartPoints", "atStartMarked", "labels", "evidenceNumbers", "fees", "documents", "deadlineIds", "deadlines", "warnings"));
        if (expected.has("route")) {
            assertThat(actual.path("route").stringValue()).as("route").isEqualTo(expected.get("route").stringValue());
        }
        if (expected.has("category")) {
            assertThat(actual.get("category").stringValue()).isEqualTo(expected.get("category").stringValue());
        }
        for (String field : List.of("points", "threshold")) {
            if (expected.has(field)) {
                assertThat(actual.get(field).intValue()).as(field).isEqualTo(expected.get(field).intValue());
            }
        }
        if (expected.has("proves")) {
            assertThat(actual.get("proves").booleanValue()).isEqualTo(expected.get("proves").booleanValue());
        }
        if (expected.has("marked")) {
            List<String> marked = new ArrayList<>();
            actual.get("evidence").forEach(e -> {
                if (e.get("marked").booleanValue()) {
                    marked.add(e.get("item").stringValue());
                }
            });
            assertThat(marked).isEqualTo(strings(expected.get("marked")));
        }
        if (expected.has("atStartPoints")) {
            assertThat(actual.get("atStart").get("points").intValue()).isEqualTo(expected.get("atStartPoints").intValue());
        }
        if (expected.has("atStartMarked")) {
            List<String> marked = new ArrayList<>();
            actual.get("atStart").get("evidence").forEach(e -> {
                if (e.get("marked").booleanValue()) {
                    marked.add(e.get("item").stringValue());
                }
            });
            assertThat(marked).isEqualTo(strings(expected.get("atStartMarked")));
        }
        if (expected.has("labels")) {
            for (Map.Entry<String, JsonNode> label : expected.get("labels").properties()) {
                assertThat(evidence(actual, label.getKey()).get("label").stringValue()).as(label.getKey())
                        .isEqualTo(label.getValue().stringValue());
            }
        }
        if (expected.has("evidenceNumbers")) {
            for (Map.Entry<String, JsonNode> numbers : expected.get("evidenceNumbers").properties()) {
                List<Integer> actualNumbers = new ArrayList<>();
                evidence(actual, numbers.getKey()).get("documents").forEach(d -> actualNumbers.add(d.get("number").intValue()));
                List<Integer> expectedNumbers = new ArrayList<>();
                numbers.getValue().forEach(n -> expectedNumbers.add(n.intValue()));
                assertThat(actualNumbers).as(numbers.getKey()).isEqualTo(expectedNumbers);
            }
        }
        if (expected.has("fees")) {
            Map<String, Long> fees = new LinkedHashMap<>();
            actual.get("fee").get("amounts").forEach(a -> fees.put(a.get("channel").stringValue(), a.get("yen").longValue()));
            Map<String, Long> want = new LinkedHashMap<>();
            expected.get("fees").properties().forEach(e -> want.put(e.getKey(), e.getValue().longValue()));
            assertThat(fees).isEqualTo(want);
        }
        if (expected.has("documents")) {
            List<String> ids = new ArrayList<>();
            actual.get("documents").forEach(d -> ids.add(d.get("id").stringValue()));
            assertThat(ids).isEqualTo(strings(expected.get("documents")));
        }
        if (expected.has("deadlineIds")) {
            List<String> ids = new ArrayList<>();
            actual.get("deadlines").forEach(d -> ids.add(d.get("id").stringValue()));
            assertThat(ids).isEqualTo(strings(expected.get("deadlineIds")));
        }
        if (expected.has("deadlines")) {
            for (Map.Entry<String, JsonNode> deadline : expected.get("deadlines").properties()) {
                JsonNode found = null;
                for (JsonNode d : actual.get("deadlines")) {
                    if (d.get("id").stringValue().equals(deadline.getKey())) {
                        found = d;
                    }
                }
                assertThat(found).as(deadline.getKey()).isNotNull();
                assertThat(found.get("date").stringValue()).as(deadline.getKey()).isEqualTo(deadline.getValue().stringValue());
            }
        }
        if (expected.has("warnings")) {
            assertThat(actual.get("warnings").size()).as("warnings " + actual.get("warnings"))
                    .isEqualTo(expected.get("warnings").intValue());
        }
    }

    private static JsonNode evidence(JsonNode actual, String item) {
        for (JsonNode e : actual.get("evidence")) {
            if (e.get("item").stringValue().equals(item)) {
                return e;
            }
        }
        throw new AssertionError("no evidence for " + item);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.stringValue()));
        return values;
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(CaseFiles.repositoryRoot().resolve("cases").resolve("checklist"))) {
            return listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** A misspelt key in a case's expectation must fail the case, not be skipped. */
    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
