package org.hspnavigator.formats.json;

import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * One JSON array being written element by element ({@link StrictJson#arrayWriter}): an output of
 * any length in the memory of one element. {@link #close} ends the array.
 */
public final class JsonArrayWriter implements AutoCloseable {

    private final JsonGenerator generator;

    JsonArrayWriter(JsonGenerator generator) {
        this.generator = generator;
    }

    /** Writes the next element. */
    public void add(JsonNode element) {
        StrictJson.writeTree(generator, element);
    }

    /** Writes the next element straight to the generator, without a tree: {@code element} writes one value. */
    public void add(Consumer<JsonGenerator> element) {
        element.accept(generator);
    }

    /** Ends the array and hands its last text to the writer, which stays open. */
    @Override
    public void close() {
        generator.writeEndArray();
        generator.close();
    }
}
