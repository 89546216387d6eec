package org.hspnavigator.formats.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Compares an assessment JSON (docs/rules.md §18) with the {@code expected} block of a scoring case. */
public final class CaseAssertions {

    private CaseAssertions() {
    }

    public static void assertMatches(JsonNode actual, JsonNode expected) {
        if (expected.has("ruleSet")) {
            assertThat(actual.get("ruleSet").stringValue()).as("ruleSet").isEqualTo(expected.get("ruleSet").stringValue());
        }
        for (JsonNode expectedAssessment : expected.get("assessments")) {
            String category = expectedAssessment.get("category").stringValue();
            JsonNode assessment = find(actual, category);
            assertThat(itemPoints(assessment)).as(category + " items")
                    .isEqualTo(expectedItems(expectedAssessment.get("items")));
            assertThat(assessment.get("points").intValue()).as(category + " points")
                    .isEqualTo(expectedAssessment.get("points").intValue());
            assertThat(assessment.get("eligible").booleanValue()).as(category + " eligible")
                    .isEqualTo(expectedAssessment.get("eligible").booleanValue());
            if (expectedAssessment.has("meetsSalaryFloor")) {
                assertThat(assessment.get("meetsSalaryFloor").booleanValue()).as(category + " meetsSalaryFloor")
                        .isEqualTo(expectedAssessment.get("meetsSalaryFloor").booleanValue());
            }
        }
        if (expected.has("bestCategory")) {
            JsonNode best = expected.get("bestCategory");
            assertThat(actual.get("bestCategory").isNull() ? null : actual.get("bestCategory").stringValue())
                    .as("bestCategory").isEqualTo(best.isNull() ? null : best.stringValue());
        }
    }

    private static JsonNode find(JsonNode actual, String category) {
        for (JsonNode assessment : actual.get("assessments")) {
            if (assessment.get("category").stringValue().equals(category)) {
                return assessment;
            }
        }
        throw new AssertionError("no assessment for " + category + " in " + actual);
    }

    /** The contract's items: id → points, every listed item scoring (0-point items are left out). */
    private static Map<String, Integer> itemPoints(JsonNode assessment) {
        Map<String, Integer> items = new TreeMap<>();
        for (JsonNode item : assessment.get("items")) {
            assertThat(item.get("points").intValue()).as("items lists only scoring items").isPositive();
            Integer previous = items.put(item.get("id").stringValue(), item.get("points").intValue());
            assertThat(previous).as("item " + item.get("id") + " listed once").isNull();
        }
        return items;
    }

    private static Map<String, Integer> expectedItems(JsonNode expected) {
        Map<String, Integer> items = new TreeMap<>();
        for (String id : expected.propertyNames()) {
            items.put(id, expected.get(id).intValue());
        }
        return items;
    }
}
