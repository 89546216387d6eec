package org.hspnavigator.formats.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link HotLoopJsonBytes} writes the bytes of Jackson's generator with {@code StrictJson}'s printer:
 * every string escaped the same (each UTF-16 unit alone, every surrogate pair and lone surrogate, seeded
 * random strings of controls, quotes, backslashes, non-BMP and separators), and seeded random trees laid
 * out the same, nested beyond the levels kept ready, through arrays passed on every few bytes.
 */
class HotLoopJsonBytesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Characters a JSON writer is most likely to get wrong. */
    private static final String TRICKY = "\"\\/\u0000\u0001\b\t\n\u000B\f\r\u001F\u007F\u0080\u00FF\u07FF\u0800"
            + "\u2028\u2029\uFEFF\uFFFF漢한\uD800\uDBFF\uDC00\uDFFF";

    @Test
    void everyCharacterAloneIsEscapedAsJacksonEscapesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "b";
            assertThat(HotLoopJsonBytes.quoted(text)).as("U+%04X", c).isEqualTo(jackson(text));
        }
    }

    @Test
    void surrogatesPairedAndAloneAreWrittenAsJacksonWritesThem() {
        String[] cases = {"\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF", "\uD800", "\uDC00", "x\uD800", "\uD800x",
            "\uDC00\uD800", "\uD800\uD800\uDC00", "\uD800\uDC00\uDC00", "\uD83D\uDE00\uD83D", "𝄞 and 😀 and 𠀋"};
        for (String text : cases) {
            assertThat(HotLoopJsonBytes.quoted(text)).as(text).isEqualTo(jackson(text));
        }
    }

    @Test
    void randomStringsAreEscapedAsJacksonEscapesThem() {
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, random.nextInt(i % 100 == 0 ? 2_000 : 40));
            assertThat(HotLoopJsonBytes.quoted(text)).as("string %d: %s", i, text).isEqualTo(jackson(text));
        }
    }

    @Test
    void randomTreesAreLaidOutAsStrictJsonLaysThemOut() {
        Random random = new Random(61220262);
        for (int i = 0; i < 3_000; i++) {
            JsonNode tree = random.nextBoolean() ? object(random, 0) : array(random, 0);
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            HotLoopJsonBytes out = new HotLoopJsonBytes(text, random.nextInt(64) + 1);
            write(out, tree);
            out.flush();
            assertThat(text.toString(StandardCharsets.UTF_8)).as("tree %d", i).isEqualTo(StrictJson.toText(tree));
        }
    }

    @Test
    void numbersAroundEveryPowerOfTenAreWrittenAsJacksonWritesThem() {
        ArrayNode numbers = NODES.arrayNode();
        for (long power = 1; power > 0; power *= 10) {
            for (long number : new long[] {power - 1, power, power + 1}) {
                numbers.add(number).add(-number);
            }
        }
        numbers.add(Integer.MAX_VALUE).add((long) Integer.MAX_VALUE + 1).add(Integer.MIN_VALUE)
                .add(Long.MAX_VALUE).add(Long.MIN_VALUE).add(Long.MIN_VALUE + 1);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        HotLoopJsonBytes out = new HotLoopJsonBytes(text, 8);
        write(out, numbers);
        out.flush();
        assertThat(text.toString(StandardCharsets.UTF_8)).isEqualTo(StrictJson.toText(numbers));
    }

    @Test
    void nestingDeeperThanTheReadyLevelsIsLaidOutTheSame() {
        JsonNode deep = NODES.objectNode().put("leaf", 1).put("other", "x");
        for (int level = 0; level < 40; level++) {
            ObjectNode outer = NODES.objectNode();
            outer.set("a" + level, deep);
            outer.putArray("list").add(level).addObject().put("k", true);
            outer.putObject("empty");
            outer.putArray("none");
            deep = outer;
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        HotLoopJsonBytes out = new HotLoopJsonBytes(text, 16);
        write(out, deep);
        out.flush();
        assertThat(text.toString(StandardCharsets.UTF_8)).isEqualTo(StrictJson.toText(deep));
    }

    private static byte[] jackson(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = StrictJson.generator(out)) {
            generator.writeString(text);
        }
        return out.toByteArray();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
                case 1 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                case 2 -> text.append((char) random.nextInt(0x10000));
                case 3 -> text.append((char) random.nextInt(0x80));
                default -> text.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return text.toString();
    }

    /** Writes a tree through the class under test, as AssessmentJson writes its fields. */
    private static void write(HotLoopJsonBytes out, JsonNode node) {
        if (node.isObject()) {
            out.startObject();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                out.name(HotLoopJsonBytes.name(property.getKey()));
                write(out, property.getValue());
            }
            out.endObject();
        } else if (node.isArray()) {
            out.startArray();
            for (JsonNode element : node) {
                write(out, element);
            }
            out.endArray();
        } else if (node.isString()) {
            if (node.stringValue().length() % 2 == 0) {
                out.value(node.stringValue());
            } else {
                out.value(HotLoopJsonBytes.quoted(node.stringValue()));
            }
        } else if (node.isNumber()) {
            out.value(node.longValue());
        } else if (node.isBoolean()) {
            out.value(node.booleanValue());
        } else {
            out.nullValue();
        }
    }

    private static ObjectNode object(Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        int entries = random.nextInt(depth > 6 ? 2 : 5);
        for (int i = 0; i < entries; i++) {
            object.set(random.nextInt(8) == 0 ? randomText(random, 6) : "k" + i, value(random, depth + 1));
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
            case 0 -> NODES.stringNode(randomText(random, random.nextInt(12)));
            case 1 -> NODES.numberNode(random.nextInt(2_000_000) - 1_000_000);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.numberNode(random.nextInt(50) == 0 ? Long.MIN_VALUE : random.nextLong());
            case 5 -> object(random, depth);
            default -> array(random, depth);
        };
    }
}
