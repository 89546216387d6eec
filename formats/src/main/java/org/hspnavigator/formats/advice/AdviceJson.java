package org.hspnavigator.formats.advice;

import java.util.stream.Collectors;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Change;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.advice.Suggestion;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Explanations;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@link Advice} as JSON: {@code target}, {@code category}, {@code currentPoints},
 * {@code reached}, {@code suggestions[]} (each with {@code changes[].lever/description/pointsGained},
 * {@code pointsAfter}, {@code effort}, {@code scoredOn}), {@code categories[]} (every category's points
 * and the difference to the one advised on) and {@code forecast[]} ({@code date}, {@code pointsBefore},
 * {@code pointsAfter}, {@code reason}, {@code lastDayBefore}, null for a rise).
 */
public final class AdviceJson {

    /** Why an array of profiles cannot be advised, as the command line and the API say: a key of the {@code validation} bundle. */
    public static final String ONE_PROFILE_ONLY = "array.advise";

    private final Explanations explanations;

    public AdviceJson(Explanations explanations) {
        this.explanations = explanations;
    }

    /**
     * @param limit the most suggestions written (the best ones); the total is in {@code suggestionsFound}
     */
    public ObjectNode write(Advice advice, int limit) {
        ObjectNode root = StrictJson.nodes().objectNode();
        Assessment current = advice.current();
        root.put("referenceDate", advice.now().referenceDate().toString());
        root.put("ruleSet", advice.now().ruleSet().id());
        root.put("target", advice.target());
        root.put("category", advice.category().name());
        root.put("currentPoints", current.points());
        root.put("meetsSalaryFloor", current.meetsSalaryFloor());
        root.put("reached", advice.reached());
        root.put("maxChanges", advice.maxChanges());
        root.put("suggestionsFound", advice.suggestions().size());
        ArrayNode suggestions = root.putArray("suggestions");
        advice.suggestions().stream().limit(limit).forEach(suggestion -> suggestions.add(suggestion(suggestion)));
        ArrayNode categories = root.putArray("categories");
        for (Assessment assessment : advice.now().assessments()) {
            categories.addObject()
                    .put("category", assessment.category().name())
                    .put("points", assessment.points())
                    .put("difference", assessment.points() - current.points())
                    .put("eligible", assessment.eligible())
                    .put("reachesTarget", assessment.points() >= advice.target() && assessment.meetsSalaryFloor());
        }
        root.put("forecastUntil", advice.forecast().to().toString());
        root.put("forecastAssumption", explanations.text(
                Message.of("advice.assumption", advice.category().name())));
        ArrayNode forecast = root.putArray("forecast");
        for (ForecastEvent event : advice.forecast().events()) {
            ObjectNode node = forecast.addObject();
            node.put("date", event.date().toString());
            node.put("pointsBefore", event.pointsBefore());
            node.put("pointsAfter", event.pointsAfter());
            node.put("reason", reason(event));
            if (event.lastDayBefore().isPresent()) {
                node.put("lastDayBefore", event.lastDayBefore().get().toString());
            } else {
                node.putNull("lastDayBefore");
            }
        }
        return root;
    }

    /** What happens on the day, in words: "turns 30; completes 5 years of ...". */
    public String reason(ForecastEvent event) {
        return event.reasons().stream().map(explanations::text)
                .collect(Collectors.joining(explanations.language().clauseSeparator()));
    }

    private ObjectNode suggestion(Suggestion suggestion) {
        ObjectNode node = StrictJson.nodes().objectNode();
        ArrayNode changes = node.putArray("changes");
        for (Change change : suggestion.changes()) {
            changes.addObject()
                    .put("lever", change.lever().id())
                    .put("description", explanations.text(change.lever().description()))
                    .put("messageKey", change.lever().description().key())
                    .put("effort", change.lever().effort().rank())
                    .put("pointsGained", change.pointsGained());
        }
        node.put("pointsAfter", suggestion.pointsAfter());
        node.put("effort", suggestion.effort());
        node.put("scoredOn", suggestion.scoredOn().toString());
        return node;
    }
}
