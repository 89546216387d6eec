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

/**
 * Writes a {@link ScoreResult} as the assessment JSON, straight to UTF-8 bytes ({@link HotLoopJsonBytes}).
 * The fields of the contract ({@code referenceDate}, {@code ruleSet}, {@code assessments[].category/points/
 * eligible/meetsSalaryFloor/items[].id/points/notes}, {@code bestCategory}) keep their names and meaning;
 * the rest is explanation: each item's option, label, text, message key, spec section and sources; the
 * items that score 0, with the reason, under {@code notCounted}; the verdict in words; the sources cited;
 * and, when given, whether each category meets the J-Skip criteria ({@code jSkip}).
 *
 * <p>No tree is built: building one and then writing it took about a quarter of the server's work for
 * an assessment. The text is the one a tree of the same fields gives through {@link StrictJson#write}.
 * The command line ({@code hsp score --json}) and the API ({@code POST /api/v1/assessments}) both write
 * through this class.
 */
public final class AssessmentJson {

    // The names of the fields, each encoded once with its quotes and the " : " after it: the names are a
    // third of an assessment's bytes.
    private static final byte[] ID = HotLoopJsonBytes.name("id");
    private static final byte[] REFERENCE_DATE = HotLoopJsonBytes.name("referenceDate");
    private static final byte[] RULE_SET = HotLoopJsonBytes.name("ruleSet");
    private static final byte[] AGE = HotLoopJsonBytes.name("age");
    private static final byte[] ASSESSMENTS = HotLoopJsonBytes.name("assessments");
    private static final byte[] BEST_CATEGORY = HotLoopJsonBytes.name("bestCategory");
    private static final byte[] SOURCES = HotLoopJsonBytes.name("sources");
    private static final byte[] TITLE = HotLoopJsonBytes.name("title");
    private static final byte[] URL = HotLoopJsonBytes.name("url");
    private static final byte[] CATEGORY = HotLoopJsonBytes.name("category");
    private static final byte[] OFFICIAL_NAME = HotLoopJsonBytes.name("officialName");
    private static final byte[] STATUS = HotLoopJsonBytes.name("status");
    private static final byte[] POINTS = HotLoopJsonBytes.name("points");
    private static final byte[] PASS_MARK = HotLoopJsonBytes.name("passMark");
    private static final byte[] ELIGIBLE = HotLoopJsonBytes.name("eligible");
    private static final byte[] MEETS_SALARY_FLOOR = HotLoopJsonBytes.name("meetsSalaryFloor");
    private static final byte[] SALARY_FLOOR_YEN = HotLoopJsonBytes.name("salaryFloorYen");
    private static final byte[] POINTS_SHORT = HotLoopJsonBytes.name("pointsShort");
    private static final byte[] VERDICT = HotLoopJsonBytes.name("verdict");
    private static final byte[] ITEMS = HotLoopJsonBytes.name("items");
    private static final byte[] NOT_COUNTED = HotLoopJsonBytes.name("notCounted");
    private static final byte[] NOTES = HotLoopJsonBytes.name("notes");
    private static final byte[] KEY = HotLoopJsonBytes.name("key");
    private static final byte[] MESSAGE = HotLoopJsonBytes.name("message");
    private static final byte[] J_SKIP = HotLoopJsonBytes.name("jSkip");
    private static final byte[] MET = HotLoopJsonBytes.name("met");
    private static final byte[] BASIS = HotLoopJsonBytes.name("basis");
    private static final byte[] OPTION = HotLoopJsonBytes.name("option");
    private static final byte[] LABEL = HotLoopJsonBytes.name("label");
    private static final byte[] JA = HotLoopJsonBytes.name("ja");
    private static final byte[] EN = HotLoopJsonBytes.name("en");
    private static final byte[] EXPLANATION = HotLoopJsonBytes.name("explanation");
    private static final byte[] MESSAGE_KEY = HotLoopJsonBytes.name("messageKey");

    /** The bytes passed on to the output stream at once: a few items' worth. */
    private static final int CAPACITY = 4_096;

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
        HotLoopJsonBytes bytes = new HotLoopJsonBytes(out, CAPACITY);
        if (!document.isArray()) {
            write(bytes, document.results().get(0), document.jSkip().get(0), document.ids().get(0));
        } else {
            bytes.startArray();
            for (int i = 0; i < document.results().size(); i++) {
                write(bytes, document.results().get(i), document.jSkip().get(i), document.ids().get(i));
            }
            bytes.endArray();
        }
        bytes.flush();
    }

    /** The document as {@link #write(DocumentAssessment, OutputStream)} writes it, as text. */
    public String text(DocumentAssessment document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The assessment of {@code result} alone, without J-Skip verdicts nor an id, as text. */
    public String text(ScoreResult result) {
        return text(result, Map.of(), Optional.empty());
    }

    /**
     * One assessment as text, laid out as an element of a document's array is: the same text at the top
     * or in an array ({@code hsp score} writes each profile's assessment as it is scored). The assessment of
     * a profile with a label has its {@code id} first, as the profile gave it (docs/rules.md §18); a profile
     * without one gets no {@code id} field. For each category in {@code jSkip}, the category's assessment
     * ends with a {@code jSkip} field: {@code {"met": true, "basis": "..."}} (docs/rules.md §13).
     */
    public String text(ScoreResult result, Map<Category, JSkipVerdict> jSkip, Optional<String> id) {
        ByteArrayOutputStream text = new ByteArrayOutputStream(16_384);
        HotLoopJsonBytes out = new HotLoopJsonBytes(text, CAPACITY);
        write(out, result, jSkip, id);
        out.flush();
        return text.toString(StandardCharsets.UTF_8);
    }

    private void write(HotLoopJsonBytes out, ScoreResult result, Map<Category, JSkipVerdict> jSkip,
            Optional<String> id) {
        out.startObject();
        if (id.isPresent()) {
            property(out, ID, id.get());
        }
        property(out, REFERENCE_DATE, result.referenceDate().toString());
        property(out, RULE_SET, result.ruleSet().id());
        property(out, AGE, result.age());
        out.name(ASSESSMENTS);
        out.startArray();
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Assessment assessment : result.assessments()) {
            assessment(out, assessment, jSkip.get(assessment.category()), cited);
        }
        out.endArray();
        out.name(BEST_CATEGORY);
        if (result.bestEligibleCategory().isPresent()) {
            out.value(RuleBookTexts.of(result.bestEligibleCategory().get()).name());
        } else {
            out.nullValue();
        }
        out.name(SOURCES);
        out.startArray();
        for (Source source : cited.values()) {
            out.startObject();
            RuleBookTexts.OfSource texts = RuleBookTexts.of(source);
            property(out, ID, texts.id());
            property(out, TITLE, texts.title());
            property(out, URL, texts.url());
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }

    private void assessment(HotLoopJsonBytes out, Assessment assessment, JSkipVerdict verdict,
            Map<String, Source> cited) {
        out.startObject();
        RuleBookTexts.OfCategory category = RuleBookTexts.of(assessment.category());
        property(out, CATEGORY, category.name());
        property(out, OFFICIAL_NAME, category.officialName());
        property(out, STATUS, category.status());
        property(out, POINTS, assessment.points());
        property(out, PASS_MARK, assessment.passMark());
        property(out, ELIGIBLE, assessment.eligible());
        property(out, MEETS_SALARY_FLOOR, assessment.meetsSalaryFloor());
        out.name(SALARY_FLOOR_YEN);
        if (assessment.salaryFloorYen().isPresent()) {
            out.value(assessment.salaryFloorYen().getAsLong());
        } else {
            out.nullValue();
        }
        property(out, POINTS_SHORT, assessment.pointsShort());
        property(out, VERDICT, explanations.verdict(assessment));
        // The sources are cited in the order of the items, whichever of the two lists an item is in.
        for (Item item : assessment.items()) {
            for (Source source : item.sources()) {
                cited.putIfAbsent(source.id(), source);
            }
        }
        out.name(ITEMS);
        items(out, assessment.items(), true);
        out.name(NOT_COUNTED);
        items(out, assessment.items(), false);
        out.name(NOTES);
        out.startArray();
        for (Message note : assessment.notes()) {
            out.startObject();
            property(out, KEY, note.key());
            text(out, MESSAGE, note);
            out.endObject();
        }
        out.endArray();
        if (verdict != null) {
            out.name(J_SKIP);
            out.startObject();
            property(out, MET, verdict.met());
            text(out, BASIS, verdict.basis());
            out.endObject();
        }
        out.endObject();
    }

    /** The items that score ({@code scoring}) or those that score 0, in the assessment's order. */
    private void items(HotLoopJsonBytes out, List<Item> items, boolean scoring) {
        out.startArray();
        for (Item item : items) {
            if (item.points() > 0 == scoring) {
                item(out, item);
            }
        }
        out.endArray();
    }

    private void item(HotLoopJsonBytes out, Item item) {
        out.startObject();
        RuleBookTexts.OfCriterion criterion = RuleBookTexts.of(item.criterion());
        property(out, ID, criterion.id());
        property(out, POINTS, item.points());
        property(out, OPTION, item.option());
        out.name(LABEL);
        out.startObject();
        property(out, JA, criterion.japaneseTerm());
        property(out, EN, criterion.englishName());
        out.endObject();
        text(out, EXPLANATION, item.explanation());
        property(out, MESSAGE_KEY, item.explanation().key());
        out.name(SOURCES);
        out.startArray();
        for (Source source : item.sources()) {
            out.value(RuleBookTexts.of(source).id());
        }
        out.endArray();
        out.endObject();
    }

    /** A property whose value is the text of a message, made in the writer's builder and encoded from there. */
    private void text(HotLoopJsonBytes out, byte[] name, Message message) {
        out.name(name);
        StringBuilder text = out.text();
        explanations.appendText(message, text);
        out.value(text);
    }

    private static void property(HotLoopJsonBytes out, byte[] name, String value) {
        out.name(name);
        out.value(value);
    }

    /** A property whose value is a text of the rule book, quoted once ({@link RuleBookTexts}). */
    private static void property(HotLoopJsonBytes out, byte[] name, byte[] quotedValue) {
        out.name(name);
        out.value(quotedValue);
    }

    private static void property(HotLoopJsonBytes out, byte[] name, long value) {
        out.name(name);
        out.value(value);
    }

    private static void property(HotLoopJsonBytes out, byte[] name, boolean value) {
        out.name(name);
        out.value(value);
    }
}
