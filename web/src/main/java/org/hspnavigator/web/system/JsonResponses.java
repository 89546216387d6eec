package org.hspnavigator.web.system;

import java.nio.charset.StandardCharsets;
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
        byte[] body = (StrictJson.toText(document) + "\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
