package org.hspnavigator.formats.faq;

import java.util.List;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.formats.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code hsp faq --json}: per myth its {@code id}, {@code verdict} (TRUE,
 * TRUE_WITH_CONDITIONS, PARTLY, FALSE), {@code verdictText}, {@code claim}, {@code rule} and the
 * rule-book {@code sections}.
 */
public final class MythJson {

    private final MythTexts texts;

    public MythJson(MythTexts texts) {
        this.texts = texts;
    }

    public ObjectNode write(Myth myth) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", myth.id());
        node.put("verdict", myth.verdict().name());
        node.put("verdictText", texts.verdict(myth));
        node.put("claim", texts.claim(myth));
        node.put("rule", texts.rule(myth));
        ArrayNode sections = node.putArray("sections");
        myth.sections().forEach(sections::add);
        return node;
    }

    public JsonNode write(List<Myth> myths) {
        ArrayNode array = StrictJson.nodes().arrayNode();
        myths.forEach(myth -> array.add(write(myth)));
        return array;
    }
}
