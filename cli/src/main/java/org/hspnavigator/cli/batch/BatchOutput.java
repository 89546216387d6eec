package org.hspnavigator.cli.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a batch writes a file of rows: a text writer for what is written as text (the headers), and for
 * a file the byte stream beneath it, which takes the scored rows in UTF-8 as the worker threads encoded
 * them ({@link org.hspnavigator.formats.batch.ChunkScorer}) instead of encoding them again on the writing thread. Standard output takes
 * everything as text. Text written must be flushed before rows follow as bytes.
 */
final class BatchOutput {

    private final Writer text;
    /** Beneath {@link #text}; null for standard output. */
    private final OutputStream bytes;

    BatchOutput(Writer text, OutputStream bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    Writer text() {
        return text;
    }

    /** Rows of text in UTF-8. */
    void write(byte[] rows) throws IOException {
        if (bytes != null) {
            bytes.write(rows);
        } else {
            text.write(new String(rows, StandardCharsets.UTF_8));
        }
    }
}
