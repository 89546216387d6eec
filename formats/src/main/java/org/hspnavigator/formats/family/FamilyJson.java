package org.hspnavigator.formats.family;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hspnavigator.engine.family.FamilyAssessment;
import org.hspnavigator.engine.family.FamilyFacts;
import org.hspnavigator.engine.family.Preference;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.MessageTexts;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code hsp family --json}: the date, the household income and its parts, one entry
 * per preference ({@code id}, {@code term}, {@code eligibility}, {@code eligible}, {@code workers}
 * for the domestic-worker types, {@code endsOn} and {@code lastDay} when known, {@code reasons},
 * {@code conditions}, {@code sources}: the ids of the official documents that give its rule), the maximum
 * number of domestic workers, the notes, and the official documents cited ({@code sources}: id, title and
 * address). Reasons and notes carry their message {@code key} beside the {@code text}.
 */
public final class FamilyJson {

    /**
     * Why a date before the case's first snapshot cannot be assessed, as the command line and the API say:
     * a key of the {@code validation} bundle.
     */
    public static final String BEFORE_FIRST_SNAPSHOT = "consequence.family";

    private final MessageTexts texts;

    public FamilyJson(MessageTexts texts) {
        this.texts = texts;
    }

    public ObjectNode write(FamilyFacts facts, FamilyAssessment assessment) {
        ObjectNode root = StrictJson.nodes().objectNode();
        root.put("date", assessment.date().toString());
        root.put("status", "HSP(i)");
        root.put("householdIncomeYen", assessment.householdIncomeYen());
        root.put("hspAnnualSalaryYen", facts.hspAnnualSalaryYen());
        root.put("spouseAnnualSalaryYen", facts.spouseAnnualSalaryYen());
        ArrayNode preferences = root.putArray("preferences");
        for (Preference preference : assessment.preferences()) {
            preferences.add(write(preference));
        }
        root.put("maxDomesticWorkers", assessment.maxDomesticWorkers());
        ArrayNode notes = root.putArray("notes");
        assessment.notes().forEach(note -> message(notes, note));
        sources(root.putArray("sources"), assessment);
        return root;
    }

    private ObjectNode write(Preference preference) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", preference.id().id());
        node.put("term", preference.id().japaneseTerm());
        node.put("name", texts.format("family.preference." + preference.id().id()));
        node.put("eligibility", preference.eligibility().name());
        node.put("eligible", preference.eligible());
        if (preference.id().isDomesticWorker()) {
            node.put("workers", preference.workers());
        }
        if (preference.endsOn().isPresent()) {
            node.put("endsOn", preference.endsOn().get().toString());
            node.put("lastDay", preference.lastDay().orElseThrow().toString());
        } else {
            node.putNull("endsOn");
        }
        ArrayNode reasons = node.putArray("reasons");
        preference.reasons().forEach(reason -> message(reasons, reason));
        ArrayNode conditions = node.putArray("conditions");
        preference.conditions().forEach(condition -> conditions.add(texts.text(condition)));
        ArrayNode sources = node.putArray("sources");
        preference.id().sources().forEach(source -> sources.add(source.id()));
        return node;
    }

    /** Each official document the preferences cite, once, in the order first cited. */
    private static void sources(ArrayNode array, FamilyAssessment assessment) {
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Preference preference : assessment.preferences()) {
            preference.id().sources().forEach(source -> cited.putIfAbsent(source.id(), source));
        }
        for (Source source : cited.values()) {
            ObjectNode entry = array.addObject();
            entry.put("id", source.id());
            entry.put("title", source.title());
            entry.put("url", source.url());
        }
    }

    /** A message as its key (stable, for programs) and its text. */
    private void message(ArrayNode array, Message message) {
        ObjectNode entry = array.addObject();
        entry.put("key", message.key());
        entry.put("text", texts.text(message));
    }
}
