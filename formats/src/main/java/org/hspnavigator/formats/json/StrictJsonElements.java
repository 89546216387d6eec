package org.hspnavigator.formats.json;

import java.io.InputStream;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * One JSON document read a value at a time, with the checks of {@link StrictJson}: the elements of a
 * document that is an array, each read into a tree of its own as the parser reaches it, or the
 * document's single value otherwise. A document of any length is read in the memory of its largest
 * element.
 */
public final class StrictJsonElements implements AutoCloseable {

    private final JsonParser parser;
    private final boolean array;
    private int index;
    private boolean done;

    private StrictJsonElements(JsonParser parser, boolean array) {
        this.parser = parser;
        this.array = array;
    }

    /**
     * Starts reading {@code in}; the stream is closed with this reader.
     *
     * @throws InvalidInputException when the input is empty or does not start as JSON
     */
    public static StrictJsonElements open(InputStream in) throws InvalidInputException {
        JsonParser parser = StrictJson.parser(in);
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                parser.close();
                throw new InvalidInputException(new Violation("", StrictJson.emptyInput()));
            }
            return new StrictJsonElements(parser, first == JsonToken.START_ARRAY);
        } catch (JacksonException e) {
            parser.close();
            throw StrictJson.unreadable(e);
        }
    }

    /** Whether the document is an array, whose elements {@link #next} returns. */
    public boolean isArray() {
        return array;
    }

    /** The index in the array of the element {@link #next} returned last. */
    public int index() {
        return index - 1;
    }

    /** The path of the element {@link #next} returned last: {@code [3]}, or the root's for a single value. */
    public String path() {
        return array ? JsonPath.element("", index - 1) : "";
    }

    /**
     * The next element, or the document's single value the first time; null at the end, after checking
     * that nothing follows the document.
     *
     * @throws InvalidInputException for malformed JSON, a key given twice or content after the document
     */
    public JsonNode next() throws InvalidInputException {
        if (done) {
            return null;
        }
        try {
            if (!array) {
                JsonNode value = StrictJson.readValue(parser, "");
                index++;
                done = true;
                StrictJson.expectEnd(parser);
                return value;
            }
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                done = true;
                StrictJson.expectEnd(parser);
                return null;
            }
            return StrictJson.readValue(parser, JsonPath.element("", index++));
        } catch (JacksonException e) {
            throw StrictJson.unreadable(e);
        }
    }

    @Override
    public void close() {
        parser.close();
    }
}
