package org.hspnavigator.formats.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Compares the JSON of {@code hsp pr} with the {@code expected} block of a permanent-residence case
 * (cases/README.md): every field an expected route or {@code hspTwo} lists must be equal (null included);
 * fields left out are not checked.
 */
public final class PrCaseAssertions {

    private PrCaseAssertions() {
    }

    public static void assertMatches(JsonNode actual, String applicationDate, JsonNode expected) {
        assertThat(actual.get("applicationDate").stringValue()).as("applicationDate").isEqualTo(applicationDate);
        List<String> order = new ArrayList<>();
        actual.get("routes").forEach(route -> order.add(route.get("route").stringValue()));
        assertThat(order).as("routes in order").containsExactly("POINTS_80", "POINTS_70", "J_SKIP");
        if (expected.has("routes")) {
            for (String route : expected.get("routes").propertyNames()) {
                JsonNode actualRoute = route(actual, route);
                JsonNode expectedRoute = expected.get("routes").get(route);
                fields(actualRoute, expectedRoute, route);
                if (actualRoute.get("met").booleanValue()) {
                    assertThat(actualRoute.get("earliestDate").stringValue()).as(route + " earliestDate when met")
                            .isEqualTo(applicationDate);
                }
            }
        }
        if (expected.has("warningCount")) {
            assertThat(actual.get("warnings").size()).as("warnings " + actual.get("warnings"))
                    .isEqualTo(expected.get("warningCount").intValue());
        }
        if (expected.has("warningsContain")) {
            String warnings = actual.get("warnings").toString();
            expected.get("warningsContain").forEach(fragment ->
                    assertThat(warnings).as("warnings").contains(fragment.stringValue()));
        }
        if (expected.has("reasonsContain")) {
            for (String route : expected.get("reasonsContain").propertyNames()) {
                String reasons = (route.equals("hspTwo") ? actual.get("hspTwo") : route(actual, route))
                        .get("reasons").toString();
                expected.get("reasonsContain").get(route).forEach(fragment ->
                        assertThat(reasons).as(route + " reasons").contains(fragment.stringValue()));
            }
        }
        if (expected.has("hspTwo")) {
            fields(actual.get("hspTwo"), expected.get("hspTwo"), "hspTwo");
        }
        actual.get("routes").forEach(route -> assertThat(route.get("reasons").size()).as("reasons").isPositive());
        // Every sentence is fully rendered: no placeholder or doubled quote of the message bundle is left.
        for (String texts : new String[] {"routes", "warnings", "reminders", "hspTwo"}) {
            assertThat(actual.get(texts).toString()).as(texts + " rendered").doesNotContain("{0", "{1", "''");
        }
    }

    private static void fields(JsonNode actual, JsonNode expected, String what) {
        for (String field : expected.propertyNames()) {
            assertThat(actual.has(field)).as(what + " has " + field).isTrue();
            assertThat(actual.get(field)).as(what + "." + field).isEqualTo(expected.get(field));
        }
    }

    private static JsonNode route(JsonNode actual, String route) {
        for (JsonNode node : actual.get("routes")) {
            if (node.get("route").stringValue().equals(route)) {
                return node;
            }
        }
        throw new AssertionError("no route " + route + " in " + actual);
    }
}
