package org.hspnavigator.formats.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Explanations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ScoreResult} as the assessment JSON. The fields of the contract
 * ({@code referenceDate}, {@code ruleSet}, {@code assessments[].category/points/eligible/
 * meetsSalaryFloor/items[].id/points/notes}, {@code bestCategory}) keep their names and meaning; the
 * rest is explanation: each item's option, label, text, message key, spec section and sources; the
 * items that score 0, with the reason, under {@code notCounted}; the verdict in words; the sources cited;
 * and, when given, whether each category meets the J-Skip criteria ({@code jSkip}).
 */
public final class AssessmentJson {

    private final Explanations explanations;

    public AssessmentJson(Explanations explanations) {
        this.explanations = explanations;
    }

    /**
     * The output of {@code hsp score --json} and of {@code POST /api/v1/assessments}: one assessment,
     * or an array of them when the document was an array.
     */
    public JsonNode write(DocumentAssessment document) {
        if (!document.isArray()) {
            return write(document.results().get(0), document.jSkip().get(0), document.ids().get(0));
        }
        ArrayNode array = StrictJson.nodes().arrayNode();
        for (int i = 0; i < document.results().size(); i++) {
            array.add(write(document.results().get(i), document.jSkip().get(i), document.ids().get(i)));
        }
        return array;
    }

    public ObjectNode write(ScoreResult result) {
        return write(result, Map.of());
    }

    /**
     * The assessment with, for each category in {@code jSkip}, an additional {@code jSkip} field:
     * {@code {"met": true, "basis": "..."}} (docs/rules.md §13).
     */
    public ObjectNode write(ScoreResult result, Map<Category, JSkipVerdict> jSkip) {
        return write(result, jSkip, Optional.empty());
    }

    /**
     * The assessment of a profile with a label: its {@code id} comes first, as the profile gave it
     * (docs/rules.md §18); a profile without one gets no {@code id} field.
     */
    public ObjectNode write(ScoreResult result, Map<Category, JSkipVerdict> jSkip, Optional<String> id) {
        ObjectNode root = StrictJson.nodes().objectNode();
        id.ifPresent(label -> root.put("id", label));
        root.put("referenceDate", result.referenceDate().toString());
        root.put("ruleSet", result.ruleSet().id());
        root.put("age", result.age());
        ArrayNode assessments = root.putArray("assessments");
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Assessment assessment : result.assessments()) {
            ObjectNode node = assessment(assessment, cited);
            JSkipVerdict verdict = jSkip.get(assessment.category());
            if (verdict != null) {
                node.putObject("jSkip").put("met", verdict.met()).put("basis", explanations.text(verdict.basis()));
            }
            assessments.add(node);
        }
        if (result.bestEligibleCategory().isPresent()) {
            root.put("bestCategory", result.bestEligibleCategory().get().name());
        } else {
            root.putNull("bestCategory");
        }
        ArrayNode sources = root.putArray("sources");
        for (Source source : cited.values()) {
            sources.addObject().put("id", source.id()).put("title", source.title()).put("url", source.url());
        }
        return root;
    }

    private ObjectNode assessment(Assessment assessment, Map<String, Source> cited) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("category", assessment.category().name());
        node.put("officialName", assessment.category().officialName());
        node.put("status", assessment.category().status());
        node.put("points", assessment.points());
        node.put("passMark", assessment.passMark());
        node.put("eligible", assessment.eligible());
        node.put("meetsSalaryFloor", assessment.meetsSalaryFloor());
        if (assessment.salaryFloorYen().isPresent()) {
            node.put("salaryFloorYen", assessment.salaryFloorYen().getAsLong());
        } else {
            node.putNull("salaryFloorYen");
        }
        node.put("pointsShort", assessment.pointsShort());
        node.put("verdict", explanations.verdict(assessment));
        ArrayNode items = node.putArray("items");
        ArrayNode notCounted = node.putArray("notCounted");
        for (Item item : assessment.items()) {
            (item.points() > 0 ? items : notCounted).add(item(item, cited));
        }
        ArrayNode notes = node.putArray("notes");
        for (Message note : assessment.notes()) {
            notes.addObject().put("key", note.key()).put("message", explanations.text(note));
        }
        return node;
    }

    private ObjectNode item(Item item, Map<String, Source> cited) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", item.criterion().id());
        node.put("points", item.points());
        node.put("option", item.option());
        node.putObject("label").put("ja", item.criterion().japaneseTerm()).put("en", item.criterion().englishName());
        node.put("explanation", explanations.text(item.explanation()));
        node.put("messageKey", item.explanation().key());
        node.put("spec", item.criterion().specSection());
        ArrayNode sources = node.putArray("sources");
        for (Source source : item.sources()) {
            sources.add(source.id());
            cited.putIfAbsent(source.id(), source);
        }
        return node;
    }
}
