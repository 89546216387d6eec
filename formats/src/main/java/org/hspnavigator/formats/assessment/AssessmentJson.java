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
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

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

    // The names of the fields, each encoded once: a name given as a String is encoded character by
    // character in every answer, and the names are a third of an assessment's bytes.
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString REFERENCE_DATE = new SerializedString("referenceDate");
    private static final SerializableString RULE_SET = new SerializedString("ruleSet");
    private static final SerializableString AGE = new SerializedString("age");
    private static final SerializableString ASSESSMENTS = new SerializedString("assessments");
    private static final SerializableString BEST_CATEGORY = new SerializedString("bestCategory");
    private static final SerializableString SOURCES = new SerializedString("sources");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString URL = new SerializedString("url");
    private static final SerializableString CATEGORY = new SerializedString("category");
    private static final SerializableString OFFICIAL_NAME = new SerializedString("officialName");
    private static final SerializableString STATUS = new SerializedString("status");
    private static final SerializableString POINTS = new SerializedString("points");
    private static final SerializableString PASS_MARK = new SerializedString("passMark");
    private static final SerializableString ELIGIBLE = new SerializedString("eligible");
    private static final SerializableString MEETS_SALARY_FLOOR = new SerializedString("meetsSalaryFloor");
    private static final SerializableString SALARY_FLOOR_YEN = new SerializedString("salaryFloorYen");
    private static final SerializableString POINTS_SHORT = new SerializedString("pointsShort");
    private static final SerializableString VERDICT = new SerializedString("verdict");
    private static final SerializableString ITEMS = new SerializedString("items");
    private static final SerializableString NOT_COUNTED = new SerializedString("notCounted");
    private static final SerializableString NOTES = new SerializedString("notes");
    private static final SerializableString KEY = new SerializedString("key");
    private static final SerializableString MESSAGE = new SerializedString("message");
    private static final SerializableString J_SKIP = new SerializedString("jSkip");
    private static final SerializableString MET = new SerializedString("met");
    private static final SerializableString BASIS = new SerializedString("basis");
    private static final SerializableString OPTION = new SerializedString("option");
    private static final SerializableString LABEL = new SerializedString("label");
    private static final SerializableString JA = new SerializedString("ja");
    private static final SerializableString EN = new SerializedString("en");
    private static final SerializableString EXPLANATION = new SerializedString("explanation");
    private static final SerializableString MESSAGE_KEY = new SerializedString("messageKey");
    private static final SerializableString SPEC = new SerializedString("spec");

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
            property(generator, ID, id.get());
        }
        property(generator, REFERENCE_DATE, result.referenceDate().toString());
        property(generator, RULE_SET, result.ruleSet().id());
        property(generator, AGE, result.age());
        generator.writeName(ASSESSMENTS);
        generator.writeStartArray();
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Assessment assessment : result.assessments()) {
            assessment(generator, assessment, jSkip.get(assessment.category()), cited);
        }
        generator.writeEndArray();
        if (result.bestEligibleCategory().isPresent()) {
            property(generator, BEST_CATEGORY, RuleBookTexts.of(result.bestEligibleCategory().get()).name());
        } else {
            nullProperty(generator, BEST_CATEGORY);
        }
        generator.writeName(SOURCES);
        generator.writeStartArray();
        for (Source source : cited.values()) {
            generator.writeStartObject();
            RuleBookTexts.OfSource texts = RuleBookTexts.of(source);
            property(generator, ID, texts.id());
            property(generator, TITLE, texts.title());
            property(generator, URL, texts.url());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private void assessment(JsonGenerator generator, Assessment assessment, JSkipVerdict verdict,
            Map<String, Source> cited) {
        generator.writeStartObject();
        RuleBookTexts.OfCategory category = RuleBookTexts.of(assessment.category());
        property(generator, CATEGORY, category.name());
        property(generator, OFFICIAL_NAME, category.officialName());
        property(generator, STATUS, category.status());
        property(generator, POINTS, assessment.points());
        property(generator, PASS_MARK, assessment.passMark());
        property(generator, ELIGIBLE, assessment.eligible());
        property(generator, MEETS_SALARY_FLOOR, assessment.meetsSalaryFloor());
        if (assessment.salaryFloorYen().isPresent()) {
            property(generator, SALARY_FLOOR_YEN, assessment.salaryFloorYen().getAsLong());
        } else {
            nullProperty(generator, SALARY_FLOOR_YEN);
        }
        property(generator, POINTS_SHORT, assessment.pointsShort());
        property(generator, VERDICT, explanations.verdict(assessment));
        // The sources are cited in the order of the items, whichever of the two lists an item is in.
        for (Item item : assessment.items()) {
            for (Source source : item.sources()) {
                cited.putIfAbsent(source.id(), source);
            }
        }
        generator.writeName(ITEMS);
        items(generator, assessment.items(), true);
        generator.writeName(NOT_COUNTED);
        items(generator, assessment.items(), false);
        generator.writeName(NOTES);
        generator.writeStartArray();
        for (Message note : assessment.notes()) {
            generator.writeStartObject();
            property(generator, KEY, note.key());
            property(generator, MESSAGE, explanations.text(note));
            generator.writeEndObject();
        }
        generator.writeEndArray();
        if (verdict != null) {
            generator.writeName(J_SKIP);
            generator.writeStartObject();
            property(generator, MET, verdict.met());
            property(generator, BASIS, explanations.text(verdict.basis()));
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
        RuleBookTexts.OfCriterion criterion = RuleBookTexts.of(item.criterion());
        property(generator, ID, criterion.id());
        property(generator, POINTS, item.points());
        property(generator, OPTION, item.option());
        generator.writeName(LABEL);
        generator.writeStartObject();
        property(generator, JA, criterion.japaneseTerm());
        property(generator, EN, criterion.englishName());
        generator.writeEndObject();
        property(generator, EXPLANATION, explanations.text(item.explanation()));
        property(generator, MESSAGE_KEY, item.explanation().key());
        property(generator, SPEC, criterion.specSection());
        generator.writeName(SOURCES);
        generator.writeStartArray();
        for (Source source : item.sources()) {
            generator.writeString(RuleBookTexts.of(source).id());
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private static void property(JsonGenerator generator, SerializableString name, String value) {
        generator.writeName(name);
        generator.writeString(value);
    }

    private static void property(JsonGenerator generator, SerializableString name, SerializableString value) {
        generator.writeName(name);
        generator.writeString(value);
    }

    private static void property(JsonGenerator generator, SerializableString name, long value) {
        generator.writeName(name);
        generator.writeNumber(value);
    }

    private static void property(JsonGenerator generator, SerializableString name, boolean value) {
        generator.writeName(name);
        generator.writeBoolean(value);
    }

    private static void nullProperty(JsonGenerator generator, SerializableString name) {
        generator.writeName(name);
        generator.writeNull();
    }
}
