package org.hspnavigator.web.workspace;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.web.applicant.ApplicantRepository;
import tools.jackson.databind.JsonNode;

/**
 * The points of a stored assessment in each category, as its assessment JSON (that of
 * {@code hsp score --json}) states them when it was made.
 *
 * @param date   the day it was made for
 * @param ruleSet the rule set it was made under
 * @param points the points per category
 * @param best   the best category, if any passed
 */
record PointsOnDay(LocalDate date, String ruleSet, Map<Category, Integer> points, Optional<Category> best) {

    static PointsOnDay of(ApplicantRepository.StoredAssessment stored) {
        Map<Category, Integer> points = new EnumMap<>(Category.class);
        try {
            JsonNode document = StrictJson.parse(stored.document());
            for (JsonNode assessment : document.path("assessments")) {
                points.put(Category.valueOf(assessment.get("category").stringValue()), assessment.get("points").intValue());
            }
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a stored assessment is not JSON", e);
        }
        return new PointsOnDay(stored.assessedOn(), stored.ruleSet(), points, stored.bestCategory().map(Category::valueOf));
    }

    /** The points in the best category, else the most in any. */
    public int headline() {
        return best.map(points::get).orElseGet(() -> points.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /**
     * The first day of the rule set, which is its id, for the page to write as its language writes a date;
     * empty for an id that is not a day.
     */
    public Optional<LocalDate> ruleSetFrom() {
        return RuleSet.firstDay(ruleSet);
    }

    /** The points in {@code category}, for the templates. */
    public int in(Category category) {
        return points.getOrDefault(category, 0);
    }
}
