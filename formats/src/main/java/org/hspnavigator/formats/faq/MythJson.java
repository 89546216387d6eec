package org.hspnavigator.formats.faq;

import java.util.List;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.formats.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code hsp faq --json}: per myth its {@code id}, {@code verdict} (TRUE,
 * TRUE_WITH_CONDITIONS, PARTLY, FALSE), {@code verdictText}, {@code claim}, {@code rule} and its
 * official {@code sources} (the law, an ordinance or notice, an ISA page or PDF), each named in the
 * language and followed by its address when it has one.
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
        ArrayNode sources = node.putArray("sources");
        texts.officialSources(myth).forEach(sources::add);
        return node;
    }

    public JsonNode write(List<Myth> myths) {
        ArrayNode array = StrictJson.nodes().arrayNode();
        myths.forEach(myth -> array.add(write(myth)));
        return array;
    }
}
