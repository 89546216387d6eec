package org.hspnavigator.web.system;

import java.io.OutputStream;
import java.util.function.Consumer;
import org.hspnavigator.formats.json.StrictJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * A 200 response whose body is the JSON the command line prints with {@code --json}, byte for byte:
 * written by {@code formats}, pretty-printed, ending with a newline.
 */
public final class JsonResponses {

    private JsonResponses() {
    }

    public static ResponseEntity<byte[]> ok(JsonNode document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes(document));
    }

    /** A 200 response whose document {@code writer} writes as UTF-8 JSON text, without a tree. */
    public static ResponseEntity<byte[]> ok(Consumer<OutputStream> writer) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes(writer));
    }

    /** A 201 response: the document just made. */
    public static ResponseEntity<byte[]> created(JsonNode document) {
        return ResponseEntity.status(201).contentType(MediaType.APPLICATION_JSON).body(bytes(document));
    }

    /** A 204 response: done, nothing to say. */
    public static ResponseEntity<byte[]> noContent() {
        return ResponseEntity.noContent().build();
    }

    /**
     * The document as UTF-8 JSON text and a newline, written as bytes at once: through a String, the
     * Japanese terms made the text UTF-16, decoded and encoded again, which took most of an answer's time.
     */
    public static byte[] bytes(JsonNode document) {
        return bytes(out -> StrictJson.write(document, out));
    }

    /**
     * Written into the thread's {@link AnswerBuffer}, then copied out at its length: the answer of every
     * request made a 16 KB buffer of its own before, about a fifth of what an assessment allocated.
     */
    private static byte[] bytes(Consumer<OutputStream> writer) {
        AnswerBuffer out = AnswerBuffer.take();
        try {
            writer.accept(out);
            out.write('\n');
            return out.toByteArray();
        } finally {
            out.giveBack();
        }
    }
}
