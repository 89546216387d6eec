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
 * took a fifth of the time of writing an assessment.
 */
final class IndentedPrinter implements PrettyPrinter {

    private static final SerializableString NAME_VALUE = new SerializedString(" : ");
    private static final SerializableString ENTRY = new SerializedString(",");
    private static final SerializableString ROOT = new SerializedString(" ");
    private static final String INDENT = "  ";
    private static final SerializableString[] LINES = new SerializableString[32];

    static {
        // The default printer's line break: the system's, as DefaultIndenter writes it.
        StringBuilder line = new StringBuilder(DefaultIndenter.SYS_LF);
        for (int level = 0; level < LINES.length; level++) {
            LINES[level] = new SerializedString(line.toString());
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
        g.writeRaw(ENTRY);
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        nesting--;
        if (entries > 0) {
            newLine(g);
        } else {
            g.writeRaw(' ');
        }
        g.writeRaw('}');
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
        g.writeRaw(ENTRY);
        g.writeRaw(' ');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        g.writeRaw(' ');
        g.writeRaw(']');
    }

    private void newLine(JsonGenerator g) {
        if (nesting < LINES.length) {
            g.writeRaw(LINES[nesting]);
            return;
        }
        g.writeRaw(LINES[0]);
        for (int level = 0; level < nesting; level++) {
            g.writeRaw(INDENT);
        }
    }
}
