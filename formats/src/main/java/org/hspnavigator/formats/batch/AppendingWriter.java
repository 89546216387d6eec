package org.hspnavigator.formats.batch;

import java.io.Writer;

/** A writer that appends to a StringBuilder, for the CSV writer: a StringWriter would lock at every append. */
final class AppendingWriter extends Writer {

    private final StringBuilder text;

    AppendingWriter(StringBuilder text) {
        this.text = text;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
