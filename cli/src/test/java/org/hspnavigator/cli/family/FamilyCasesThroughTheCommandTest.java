package org.hspnavigator.cli.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Every case of {@code cases/family/*.json} (see cases/README.md) run through {@code hsp family --json
 * --date DATE -}: the preferences listed must have the expected eligibility, workers, end dates and
 * reasons; a new case needs no code.
 */
class FamilyCasesThroughTheCommandTest {

    @TestFactory
    Stream<DynamicTest> familyCases() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files("family")) {
            for (JsonNode node : StrictJson.parse(Files.newInputStream(file))) {
                String name = file.getFileName() + " › " + node.get("name").stringValue();
                tests.add(DynamicTest.dynamicTest(name, () -> check(node)));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void check(JsonNode node) throws Exception {
        Run run = Cli.runWithInput(StrictJson.toText(node.get("case")), "family", "--json", "--date",
                node.get("date").stringValue(), "-");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode actual = StrictJson.parse(run.out());
        JsonNode expected = node.get("expected");
        assertThat(fieldNames(expected)).as("keys of expected").isSubsetOf(List.of("householdIncomeYen", "maxDomesticWorkers", "notesInclude", "preferences"));
        for (String field : List.of("householdIncomeYen", "maxDomesticWorkers")) {
            if (expected.has(field)) {
                assertThat(actual.get(field).longValue()).as(field).isEqualTo(expected.get(field).longValue());
            }
        }
        if (expected.has("notesInclude")) {
            assertThat(keys(actual.get("notes"))).containsAll(texts(expected.get("notesInclude")));
        }
        for (Map.Entry<String, JsonNode> entry : expected.get("preferences").properties()) {
            JsonNode preference = preference(actual, entry.getKey());
            JsonNode want = entry.getValue();
            String id = entry.getKey();
            assertThat(fieldNames(want)).as(id + ": keys").isSubsetOf(
                    List.of("eligibility", "workers", "endsOn", "lastDay", "reasonsInclude", "reasonsExclude"));
            assertThat(preference.get("eligibility").stringValue()).as(id).isEqualTo(want.get("eligibility").stringValue());
            if (want.has("workers")) {
                assertThat(preference.get("workers").intValue()).as(id + ".workers").isEqualTo(want.get("workers").intValue());
            }
            for (String date : List.of("endsOn", "lastDay")) {
                if (want.has(date)) {
                    JsonNode value = preference.get(date);
                    assertThat(value == null || value.isNull() ? null : value.stringValue()).as(id + "." + date)
                            .isEqualTo(want.get(date).isNull() ? null : want.get(date).stringValue());
                }
            }
            if (want.has("reasonsInclude")) {
                assertThat(keys(preference.get("reasons"))).as(id).containsAll(texts(want.get("reasonsInclude")));
            }
            if (want.has("reasonsExclude")) {
                assertThat(keys(preference.get("reasons"))).as(id).doesNotContainAnyElementsOf(texts(want.get("reasonsExclude")));
            }
        }
    }

    private static JsonNode preference(JsonNode actual, String id) {
        for (JsonNode preference : actual.get("preferences")) {
            if (preference.get("id").stringValue().equals(id)) {
                return preference;
            }
        }
        throw new AssertionError("no preference " + id + " in " + actual);
    }

    private static List<String> keys(JsonNode messages) {
        List<String> keys = new ArrayList<>();
        messages.forEach(message -> keys.add(message.get("key").stringValue()));
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.stringValue()));
        return texts;
    }

    static List<Path> files(String folder) throws IOException {
        try (Stream<Path> listing = Files.list(CaseFiles.repositoryRoot().resolve("cases").resolve(folder))) {
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
