package org.hspnavigator.cli.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Where a batch writes a file of rows: a text writer for what is written as text (the header), and for
 * a file the byte stream beneath it, which takes the scored rows as the scorers encoded them
 * ({@link OutputText}) instead of encoding them again on the writing thread. Standard output takes
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

    void write(OutputText rows) throws IOException {
        if (bytes != null) {
            rows.writeTo(bytes);
        } else {
            rows.writeTo(text);
        }
    }
}
