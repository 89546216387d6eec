package org.hspnavigator.formats.assessment;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link ScoreResult} as the assessment JSON, straight to a generator. The fields of the
 * contract ({@code referenceDate}, {@code ruleSet}, {@code assessments[].category/points/eligible/
 * meetsSalaryFloor/items[].id/points/notes}, {@code bestCategory}) keep their names and meaning; the
 * rest is explanation: each item's option, label, text, message key, spec section and sources; the
 * items that score 0, with the reason, under {@code notCounted}; the verdict in words; the sources cited;
 * and, when given, whether each category meets the J-Skip criteria ({@code jSkip}).
 *
 * <p>No tree is built: building one and then writing it took about a quarter of the server's work for
 * an assessment. The text is the one a tree of the same fields gives through {@link StrictJson#write}.
 */
public final class AssessmentJson {

    private final Explanations explanations;

    public AssessmentJson(Explanations explanations) {
        this.explanations = explanations;
    }

    /**
     * The output of {@code hsp score --json} and of {@code POST /api/v1/assessments}, pretty-printed
     * UTF-8 without a final line break: one assessment, or an array of them when the document was an
     * array. {@code out} stays open.
     */
    public void write(DocumentAssessment document, OutputStream out) {
        try (JsonGenerator generator = StrictJson.generator(out)) {
            if (!document.isArray()) {
                write(generator, document.results().get(0), document.jSkip().get(0), document.ids().get(0));
                return;
            }
            generator.writeStartArray();
            for (int i = 0; i < document.results().size(); i++) {
                write(generator, document.results().get(i), document.jSkip().get(i), document.ids().get(i));
            }
            generator.writeEndArray();
        }
    }

    /** The document as {@link #write(DocumentAssessment, OutputStream)} writes it, as text. */
    public String text(DocumentAssessment document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The assessment of {@code result} alone, without J-Skip verdicts nor an id, as text. */
    public String text(ScoreResult result) {
        return text(new DocumentAssessment(List.of(result), List.of(Map.of()), List.of(Optional.empty()), false));
    }

    /**
     * Writes one assessment as the next value of {@code generator}. The assessment of a profile with a
     * label has its {@code id} first, as the profile gave it (docs/rules.md §18); a profile without one
     * gets no {@code id} field. For each category in {@code jSkip}, the category's assessment ends with a
     * {@code jSkip} field: {@code {"met": true, "basis": "..."}} (docs/rules.md §13).
     */
    public void write(JsonGenerator generator, ScoreResult result, Map<Category, JSkipVerdict> jSkip,
            Optional<String> id) {
        generator.writeStartObject();
        if (id.isPresent()) {
            generator.writeStringProperty("id", id.get());
        }
        generator.writeStringProperty("referenceDate", result.referenceDate().toString());
        generator.writeStringProperty("ruleSet", result.ruleSet().id());
        generator.writeNumberProperty("age", result.age());
        generator.writeName("assessments");
        generator.writeStartArray();
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Assessment assessment : result.assessments()) {
            assessment(generator, assessment, jSkip.get(assessment.category()), cited);
        }
        generator.writeEndArray();
        if (result.bestEligibleCategory().isPresent()) {
            generator.writeStringProperty("bestCategory", result.bestEligibleCategory().get().name());
        } else {
            generator.writeNullProperty("bestCategory");
        }
        generator.writeName("sources");
        generator.writeStartArray();
        for (Source source : cited.values()) {
            generator.writeStartObject();
            generator.writeStringProperty("id", source.id());
            generator.writeStringProperty("title", source.title());
            generator.writeStringProperty("url", source.url());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private void assessment(JsonGenerator generator, Assessment assessment, JSkipVerdict verdict,
            Map<String, Source> cited) {
        generator.writeStartObject();
        generator.writeStringProperty("category", assessment.category().name());
        generator.writeStringProperty("officialName", assessment.category().officialName());
        generator.writeStringProperty("status", assessment.category().status());
        generator.writeNumberProperty("points", assessment.points());
        generator.writeNumberProperty("passMark", assessment.passMark());
        generator.writeBooleanProperty("eligible", assessment.eligible());
        generator.writeBooleanProperty("meetsSalaryFloor", assessment.meetsSalaryFloor());
        if (assessment.salaryFloorYen().isPresent()) {
            generator.writeNumberProperty("salaryFloorYen", assessment.salaryFloorYen().getAsLong());
        } else {
            generator.writeNullProperty("salaryFloorYen");
        }
        generator.writeNumberProperty("pointsShort", assessment.pointsShort());
        generator.writeStringProperty("verdict", explanations.verdict(assessment));
        // The sources are cited in the order of the items, whichever of the two lists an item is in.
        for (Item item : assessment.items()) {
            for (Source source : item.sources()) {
                cited.putIfAbsent(source.id(), source);
            }
        }
        generator.writeName("items");
        items(generator, assessment.items(), true);
        generator.writeName("notCounted");
        items(generator, assessment.items(), false);
        generator.writeName("notes");
        generator.writeStartArray();
        for (Message note : assessment.notes()) {
            generator.writeStartObject();
            generator.writeStringProperty("key", note.key());
            generator.writeStringProperty("message", explanations.text(note));
            generator.writeEndObject();
        }
        generator.writeEndArray();
        if (verdict != null) {
            generator.writeName("jSkip");
            generator.writeStartObject();
            generator.writeBooleanProperty("met", verdict.met());
            generator.writeStringProperty("basis", explanations.text(verdict.basis()));
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    /** The items that score ({@code scoring}) or those that score 0, in the assessment's order. */
    private void items(JsonGenerator generator, List<Item> items, boolean scoring) {
        generator.writeStartArray();
        for (Item item : items) {
            if (item.points() > 0 == scoring) {
                item(generator, item);
            }
        }
        generator.writeEndArray();
    }

    private void item(JsonGenerator generator, Item item) {
        generator.writeStartObject();
        generator.writeStringProperty("id", item.criterion().id());
        generator.writeNumberProperty("points", item.points());
        generator.writeStringProperty("option", item.option());
        generator.writeName("label");
        generator.writeStartObject();
        generator.writeStringProperty("ja", item.criterion().japaneseTerm());
        generator.writeStringProperty("en", item.criterion().englishName());
        generator.writeEndObject();
        generator.writeStringProperty("explanation", explanations.text(item.explanation()));
        generator.writeStringProperty("messageKey", item.explanation().key());
        generator.writeStringProperty("spec", item.criterion().specSection());
        generator.writeName("sources");
        generator.writeStartArray();
        for (Source source : item.sources()) {
            generator.writeString(source.id());
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }
}
