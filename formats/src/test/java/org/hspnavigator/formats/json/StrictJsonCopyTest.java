package org.hspnavigator.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/**
 * A stored document copied into a larger one ({@link StrictJson#copy}) is the text that parsing it and
 * writing its tree gives: the layout at its depth, and every kind of number as the tree writes it.
 */
class StrictJsonCopyTest {

    private static final List<String> STORED = List.of(
            "{\"continuousSince\": \"2022-04-01\"}",
            "{}",
            "[]",
            "{\"a\": [1, 2.50, -0.0, 1e30, 12345678901234567890123, 3.0000001], \"b\": {\"c\": [[], {}, [null]]},"
                    + " \"t\": true, \"f\": false, \"n\": null, \"s\": \"漢字 \\\"quoted\\\" \\n\\u0001\"}",
            "{\"spouse\": {\"income\": 4000000, \"children\": [{\"birthDate\": \"2015-03-01\"}]}}");

    @Test
    void aCopyIsTheTextOfTheParsedTreeAtItsDepth() throws InvalidInputException {
        for (String stored : STORED) {
            String stored2 = StrictJson.toText(StrictJson.parse(stored));
            for (String text : List.of(stored, stored2)) {
                assertThat(inList(generator -> StrictJson.copy(text, generator)))
                        .as(text).isEqualTo(inList(generator -> StrictJson.writeTree(generator, parsed(text))));
            }
        }
    }

    private static tools.jackson.databind.JsonNode parsed(String text) {
        try {
            return StrictJson.parse(text);
        } catch (InvalidInputException e) {
            throw new AssertionError(e);
        }
    }

    /** The value written as a property of an object in an array, to be laid out two levels deep. */
    private static String inList(java.util.function.Consumer<JsonGenerator> value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = StrictJson.generator(out)) {
            generator.writeStartArray();
            generator.writeStartObject();
            generator.writeName("value");
            value.accept(generator);
            generator.writeName("after");
            generator.writeNumber(1);
            generator.writeEndObject();
            generator.writeEndArray();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
