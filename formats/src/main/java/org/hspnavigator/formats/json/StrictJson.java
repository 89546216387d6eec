package org.hspnavigator.formats.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON document into a tree, refusing what lenient parsers let through: an empty input,
 * content after the document, and a key given twice in one object (which would otherwise silently
 * keep the last value). Numbers are kept exact ({@code 3.0000001} stays above 3, {@code 1e30} stays
 * too large) so that validation sees what the user wrote.
 */
public final class StrictJson {

    /**
     * Only the streaming factory of jackson-core is used, not an ObjectMapper: the project reads and
     * writes trees, and building a mapper would add a third of a second to every command's start.
     */
    private static final JsonFactory FACTORY = new JsonFactory();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The problem of an input without a document where profiles are expected. */
    static Problem emptyInput() {
        return Problem.of("input.empty.profiles");
    }

    /** Pretty printing with two-space indentation, as people read the output. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new IndentedPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private StrictJson() {
    }

    /** Parses the whole input; every problem names the line and column, or the JSON path of a duplicate key. */
    public static JsonNode parse(InputStream in) throws InvalidInputException {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            JsonNode root = readDocument(parser);
            expectEnd(parser);
            return root;
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /**
     * Parses the whole input as {@link #parse(InputStream)} does, showing every token to {@code check}
     * as it is read, up to the end of the input or to its first syntax error. A duplicate key or
     * content after the document is reported once the rest of the input has been checked too: what
     * {@code check} refuses anywhere in a readable input is refused, whatever else is wrong with it.
     */
    public static JsonNode parse(InputStream in, TokenCheck check) throws InvalidInputException {
        try (JsonParser parser = new CheckedParser(FACTORY.createParser(ObjectReadContext.empty(), in), check)) {
            try {
                JsonNode root = readDocument(parser);
                expectEnd(parser);
                return root;
            } catch (InvalidInputException refused) {
                checkRest(parser);
                throw refused;
            }
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /** The document the parser starts, whole; an input without one is a problem. */
    private static JsonNode readDocument(JsonParser parser) throws InvalidInputException {
        if (parser.nextToken() == null) {
            throw new InvalidInputException(new Violation("", emptyInput()));
        }
        return readValue(parser, "");
    }

    /** Reads the rest of the input for the parser's check alone, up to its end or its first syntax error. */
    private static void checkRest(JsonParser parser) {
        try {
            while (parser.nextToken() != null) {
                // Each token is shown to the check as it is read.
            }
        } catch (JacksonException malformed) {
            // The problem already found is the one reported, as a reader of the whole input would.
        }
    }

    /**
     * A parser of the document {@code document} holds, showing every token it reads to {@code check}, for a
     * reader that reads the tokens itself and turns to {@link #parse(InputStream, TokenCheck)} for whatever it
     * does not read (see {@code formats.profile.StreamedProfile}).
     */
    public static JsonParser parser(byte[] document, TokenCheck check) {
        return new CheckedParser(FACTORY.createParser(ObjectReadContext.empty(), document), check);
    }

    /**
     * The string, number, boolean or null the parser stands on, as the node {@link #parse} makes of it
     * (numbers exact); null when it stands on anything else.
     */
    public static JsonNode scalar(JsonParser parser) {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> null;
        };
    }

    /** Opens a parser on a document that is read piece by piece ({@link StrictJsonElements}). */
    static JsonParser parser(InputStream in) {
        return FACTORY.createParser(ObjectReadContext.empty(), in);
    }

    /** Refuses content after the end of the document, the parser standing on its last token. */
    static void expectEnd(JsonParser parser) throws InvalidInputException {
        if (parser.nextToken() != null) {
            throw new InvalidInputException(new Violation("", at(parser.currentTokenLocation(), "json.trailing")));
        }
    }

    /** The parser's failure as the problem of the input: where, and what, in plain words. */
    static InvalidInputException unreadable(JacksonException problem) {
        if (problem instanceof StreamReadException malformed) {
            return new InvalidInputException(new Violation("", at(malformed.getLocation(), "json.malformed",
                    ParserMessages.detail(malformed.getOriginalMessage()))));
        }
        return new InvalidInputException(new Violation("", Problem.of("input.unreadable",
                ParserMessages.plain(problem.getOriginalMessage()))));
    }

    /** Parses JSON text held in a string (tests, small documents). */
    public static JsonNode parse(String text) throws InvalidInputException {
        return parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The factory for building trees to write. */
    public static JsonNodeFactory nodes() {
        return NODES;
    }

    /**
     * A writer of one JSON array to {@code out}, element after element, pretty-printed exactly as
     * {@link #write} prints the whole array; the text is flushed as it grows, never kept.
     */
    public static JsonArrayWriter arrayWriter(Writer out) {
        JsonGenerator generator = generator(out);
        generator.writeStartArray();
        return new JsonArrayWriter(generator);
    }

    /**
     * A generator of pretty-printed UTF-8 JSON to {@code out}, laid out as {@link #write} lays out a
     * tree; closing it flushes its text and leaves {@code out} open.
     */
    public static JsonGenerator generator(OutputStream out) {
        return FACTORY.createGenerator(PRETTY, new NonClosingOutputStream(out));
    }

    /**
     * A generator of pretty-printed JSON text to {@code out}, laid out as {@link #write} lays out a
     * tree; closing it flushes its text and leaves {@code out} open.
     */
    public static JsonGenerator generator(Writer out) {
        return FACTORY.createGenerator(PRETTY, new NonClosingWriter(out));
    }

    /** Writes a tree as pretty-printed UTF-8 JSON, without closing the stream. */
    public static void write(JsonNode tree, OutputStream out) {
        try (JsonGenerator generator = generator(out)) {
            writeTree(generator, tree);
        }
    }

    /** The tree as pretty-printed JSON text. */
    public static String toText(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(tree, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a stored JSON text, one this class wrote, as the next value of {@code generator}: the same
     * text {@link #writeTree} writes of the tree {@link #parse(String)} makes of it (numbers included),
     * token by token, without the tree.
     */
    public static void copy(String text, JsonGenerator generator) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> generator.writeStartObject();
                    case END_OBJECT -> generator.writeEndObject();
                    case START_ARRAY -> generator.writeStartArray();
                    case END_ARRAY -> generator.writeEndArray();
                    case PROPERTY_NAME -> generator.writeName(parser.currentName());
                    case VALUE_STRING -> generator.writeString(parser.getString());
                    case VALUE_NUMBER_INT -> writeTree(generator, NODES.numberNode(parser.getBigIntegerValue()));
                    case VALUE_NUMBER_FLOAT -> writeTree(generator, NODES.numberNode(parser.getDecimalValue()));
                    case VALUE_TRUE -> generator.writeBoolean(true);
                    case VALUE_FALSE -> generator.writeBoolean(false);
                    case VALUE_NULL -> generator.writeNull();
                    default -> throw new IllegalStateException("a stored document has the token " + token);
                }
            }
        }
    }

    static void writeTree(JsonGenerator generator, JsonNode node) {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                generator.writeName(property.getKey());
                writeTree(generator, property.getValue());
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                writeTree(generator, element);
            }
            generator.writeEndArray();
        } else if (node.isString()) {
            generator.writeString(node.stringValue());
        } else if (node.isInt()) {
            generator.writeNumber(node.intValue());
        } else if (node.isLong()) {
            generator.writeNumber(node.longValue());
        } else if (node.isIntegralNumber()) {
            generator.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            generator.writeNumber(node.decimalValue());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else {
            generator.writeNull();
        }
    }

    /** The value the parser stands on, whole, as a tree; {@code path} names it in problems. */
    static JsonNode readValue(JsonParser parser, String path) throws InvalidInputException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return readObject(parser, path);
        }
        if (token == JsonToken.START_ARRAY) {
            return readArray(parser, path);
        }
        JsonNode scalar = scalar(parser);
        if (scalar == null) {
            throw new InvalidInputException(new Violation("", at(parser.currentTokenLocation(), "json.unexpected",
                    token.toString())));
        }
        return scalar;
    }

    private static ObjectNode readObject(JsonParser parser, String path) throws InvalidInputException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String propertyPath = JsonPath.property(path, name);
            if (object.has(name)) {
                throw new InvalidInputException(new Violation(propertyPath,
                        Problem.of("json.duplicateKey", name, location(parser.currentTokenLocation()))));
            }
            parser.nextToken();
            object.set(name, readValue(parser, propertyPath));
        }
        return object;
    }

    private static ArrayNode readArray(JsonParser parser, String path) throws InvalidInputException {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, JsonPath.element(path, index++)));
        }
        return array;
    }

    /**
     * The problem {@code key} started by "line L, column C: " ({@code key.at}, the location its first
     * argument), or without it when the location is unknown.
     */
    private static Problem at(TokenStreamLocation location, String key, Object... arguments) {
        Object where = location(location);
        if (where instanceof Problem) {
            Object[] located = new Object[arguments.length + 1];
            located[0] = where;
            System.arraycopy(arguments, 0, located, 1, arguments.length);
            return Problem.of(key + ".at", located);
        }
        return Problem.of(key, arguments);
    }

    /** "line L, column C", or nothing when the location is unknown. */
    private static Object location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return Problem.of("json.location", location.getLineNr(), location.getColumnNr());
    }

    /** Standard output must stay open after a document is written to it. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Standard output must stay open after a document is written to it. */
    private static final class NonClosingOutputStream extends FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
