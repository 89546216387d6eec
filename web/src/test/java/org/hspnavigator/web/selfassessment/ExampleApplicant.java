package org.hspnavigator.web.selfassessment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.web.FixedClock;
import tools.jackson.databind.JsonNode;

/**
 * One of the article's applicants of {@code examples/} as the pages' tests use them: the answers a
 * person types into the form (the profile JSON flattened to the form's question names, as a CSV row
 * names them), and the points {@code hsp score} gives the same JSON file, scored by the engine.
 *
 * @param file     the example's file name
 * @param answers  the answers by question name, in the file's order; a ticked box is {@code true}
 * @param points   the engine's points per category
 * @param best     the engine's best category, if any
 */
record ExampleApplicant(String file, Map<String, String> answers, Map<Category, Integer> points,
        Optional<Category> best) {

    static final List<String> FILES = List.of("mr-zhang.json", "ms-li.json", "dr-wang.json");

    static ExampleApplicant of(String file) {
        Path path = CaseFiles.repositoryRoot().resolve("examples").resolve(file);
        try (InputStream in = Files.newInputStream(path)) {
            JsonNode profile = StrictJson.parse(Files.readString(path));
            Map<String, String> answers = new LinkedHashMap<>();
            flatten("", profile, answers);
            ScoreResult result = PointsEngine.official().score(ProfileDocuments.read(in, new ProfileReader(
                    new ReferenceDates(FixedClock.CLOCK, RuleBook.official().earliestDate())))
                    .profiles().get(0), EnumSet.allOf(Category.class));
            Map<Category, Integer> points = new EnumMap<>(Category.class);
            for (Assessment assessment : result.assessments()) {
                points.put(assessment.category(), assessment.points());
            }
            return new ExampleApplicant(file, answers, points, result.bestEligibleCategory());
        } catch (IOException | InvalidInputException e) {
            throw new IllegalStateException("examples/" + file + " cannot be read", e);
        }
    }

    /** The CSV columns of a JSON profile: nested names joined by dots, list elements by index; false left out. */
    private static void flatten(String prefix, JsonNode node, Map<String, String> answers) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey(), property.getValue(),
                        answers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "." + i, node.get(i), answers);
            }
        } else if (!(node.isBoolean() && !node.booleanValue())) {
            answers.put(prefix, node.isString() ? node.stringValue() : node.toString());
        }
    }

    /** The answers as a form body or query string. */
    String query() {
        StringBuilder query = new StringBuilder();
        answers.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
