package org.hspnavigator.formats.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.SheetRow;
import org.hspnavigator.engine.table.Threshold;
import org.hspnavigator.formats.json.StrictJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the rule book as JSON: every rule set with the dates it is in force and the official
 * documents it rests on ({@code GET /api/v1/rule-sets}), and the point sheet in force on a date
 * ({@code GET /api/v1/point-tables}): every row with its criterion, category, option, points and
 * sources, and the thresholds (pass mark, salary floor, research tests...) of each category.
 */
public final class RuleBookJson {

    /** The rule sets, oldest first. */
    public ObjectNode ruleSets(RuleBook book) {
        ObjectNode root = StrictJson.nodes().objectNode();
        ArrayNode sets = root.putArray("ruleSets");
        for (RuleSet set : book.ruleSets()) {
            ObjectNode node = sets.addObject();
            node.put("id", set.id());
            node.put("effectiveFrom", set.validity().from().toString());
            if (set.validity().to().isPresent()) {
                node.put("effectiveTo", set.validity().to().get().toString());
            } else {
                node.putNull("effectiveTo");
            }
            node.put("summary", set.summary());
            sources(node.putArray("sources"), set.sources());
        }
        return root;
    }

    /** The point sheet of the rule set in force on {@code date}. */
    public ObjectNode pointSheet(RuleSet set, LocalDate date) {
        ObjectNode root = StrictJson.nodes().objectNode();
        root.put("date", date.toString());
        root.put("ruleSet", set.id());
        Map<String, Source> cited = new LinkedHashMap<>();
        ArrayNode rows = root.putArray("rows");
        for (SheetRow sheetRow : set.pointSheet()) {
            PointRow row = sheetRow.row();
            ObjectNode node = rows.addObject();
            node.put("criterion", row.criterion().id());
            node.put("term", row.criterion().japaneseTerm());
            node.put("name", row.criterion().englishName());
            node.put("category", row.category().name());
            if (sheetRow.ageBand().isPresent()) {
                node.put("ageBand", sheetRow.ageBand().get().name());
            } else {
                node.putNull("ageBand");
            }
            node.put("option", row.option());
            node.put("points", row.points());
            ArrayNode ids = node.putArray("sources");
            for (Source source : row.sources()) {
                ids.add(source.id());
                cited.putIfAbsent(source.id(), source);
            }
        }
        ArrayNode thresholds = root.putArray("thresholds");
        for (Threshold threshold : Threshold.values()) {
            for (Category category : Category.values()) {
                OptionalLong value = set.threshold(threshold, category);
                if (value.isPresent()) {
                    thresholds.addObject().put("id", threshold.id()).put("category", category.name())
                            .put("value", value.getAsLong());
                }
            }
        }
        sources(root.putArray("sources"), List.copyOf(cited.values()));
        return root;
    }

    private static void sources(ArrayNode array, List<Source> sources) {
        for (Source source : sources) {
            array.addObject().put("id", source.id()).put("title", source.title()).put("url", source.url());
        }
    }
}
