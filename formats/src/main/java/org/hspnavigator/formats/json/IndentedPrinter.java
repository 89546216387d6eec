package org.hspnavigator.formats.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultIndenter;

/**
 * The layout of Jackson's {@code DefaultPrettyPrinter}, byte for byte: objects broken over lines and
 * indented by two spaces, arrays kept on the line with a space inside the brackets, {@code " : "}
 * between a name and its value. Each separator and each level's line break and indentation is held as
 * ready bytes and written at once: the default printer writes them as characters, one at a time, which
 * took a fifth of the time of writing an assessment. What the printer writes in one call (the comma
 * before an entry with the next line's indentation, the line break and indentation before a closing
 * brace) is one run of bytes, so that each entry costs the generator one copy, not two or three.
 */
final class IndentedPrinter implements PrettyPrinter {

    private static final SerializableString NAME_VALUE = new SerializedString(" : ");
    private static final SerializableString ARRAY_VALUE = new SerializedString(", ");
    private static final SerializableString ARRAY_END = new SerializedString(" ]");
    private static final SerializableString EMPTY_OBJECT_END = new SerializedString(" }");
    private static final SerializableString ROOT = new SerializedString(" ");
    private static final String ENTRY = ",";
    private static final String INDENT = "  ";
    private static final int LEVELS = 32;
    /** The line break and the indentation of each level. */
    private static final SerializableString[] LINES = new SerializableString[LEVELS];
    /** A comma, then the line break and indentation of each level: what comes before an object's next entry. */
    private static final SerializableString[] ENTRIES = new SerializableString[LEVELS];
    /** The line break and indentation of each level, then a closing brace. */
    private static final SerializableString[] OBJECT_ENDS = new SerializableString[LEVELS];

    static {
        // The default printer's line break: the system's, as DefaultIndenter writes it.
        StringBuilder line = new StringBuilder(DefaultIndenter.SYS_LF);
        for (int level = 0; level < LEVELS; level++) {
            LINES[level] = new SerializedString(line.toString());
            ENTRIES[level] = new SerializedString(ENTRY + line);
            OBJECT_ENDS[level] = new SerializedString(line + "}");
            line.append(INDENT);
        }
    }

    private int nesting;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw(ROOT);
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
        nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newLine(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(NAME_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        if (nesting < LEVELS) {
            g.writeRaw(ENTRIES[nesting]);
            return;
        }
        g.writeRaw(ENTRY);
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        nesting--;
        if (entries == 0) {
            g.writeRaw(EMPTY_OBJECT_END);
        } else if (nesting < LEVELS) {
            g.writeRaw(OBJECT_ENDS[nesting]);
        } else {
            newLine(g);
            g.writeRaw('}');
        }
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        g.writeRaw(' ');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(ARRAY_VALUE);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        g.writeRaw(ARRAY_END);
    }

    private void newLine(JsonGenerator g) {
        if (nesting < LEVELS) {
            g.writeRaw(LINES[nesting]);
            return;
        }
        g.writeRaw(LINES[0]);
        for (int level = 0; level < nesting; level++) {
            g.writeRaw(INDENT);
        }
    }
}
