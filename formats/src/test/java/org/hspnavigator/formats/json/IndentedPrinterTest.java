package org.hspnavigator.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The layout of {@link IndentedPrinter} is that of Jackson's {@link DefaultPrettyPrinter}, byte for byte:
 * seeded random trees with empty and one-entry objects and arrays, nested beyond the levels the printer
 * keeps ready, written by {@link StrictJson#write} and by a generator with the default printer.
 */
class IndentedPrinterTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void randomTreesAreLaidOutAsTheDefaultPrinterLaysThemOut() {
        Random random = new Random(20261206);
        for (int i = 0; i < 2_000; i++) {
            JsonNode tree = random.nextBoolean() ? object(random, 0) : array(random, 0);
            assertThat(StrictJson.toText(tree)).as("tree %d", i).isEqualTo(defaultPrinter(tree));
        }
    }

    @Test
    void nestingDeeperThanTheReadyLevelsIsLaidOutTheSame() {
        JsonNode deep = NODES.objectNode().put("leaf", 1).put("other", "x");
        for (int level = 0; level < 40; level++) {
            ObjectNode outer = NODES.objectNode();
            outer.set("a" + level, deep);
            outer.putArray("list").add(level).addObject().put("k", true);
            outer.putObject("empty");
            deep = outer;
        }
        assertThat(StrictJson.toText(deep)).isEqualTo(defaultPrinter(deep));
    }

    private static ObjectNode object(Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        int entries = random.nextInt(depth > 6 ? 2 : 5);
        for (int i = 0; i < entries; i++) {
            object.set("k" + i, value(random, depth + 1));
        }
        return object;
    }

    private static ArrayNode array(Random random, int depth) {
        ArrayNode array = NODES.arrayNode();
        int values = random.nextInt(depth > 6 ? 2 : 5);
        for (int i = 0; i < values; i++) {
            array.add(value(random, depth + 1));
        }
        return array;
    }

    private static JsonNode value(Random random, int depth) {
        return switch (random.nextInt(depth > 8 ? 5 : 7)) {
            case 0 -> NODES.stringNode(random.nextBoolean() ? "text \"quoted\" 漢字" : "");
            case 1 -> NODES.numberNode(random.nextInt(2_000_000) - 1_000_000);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.numberNode(random.nextLong());
            case 5 -> object(random, depth);
            default -> array(random, depth);
        };
    }

    private static String defaultPrinter(JsonNode tree) {
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = new JsonFactory().createGenerator(context, out)) {
            StrictJson.writeTree(generator, tree);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
