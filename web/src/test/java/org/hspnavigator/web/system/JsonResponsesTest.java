package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The bytes of an answer, written through the buffer its thread keeps from one answer to the next. */
class JsonResponsesTest {

    @Test
    void eachAnswerHasItsOwnBytesAndNoneOfTheLastOnes() {
        String text = "{\"a\":\"" + "x".repeat(1_000) + "\"}";
        byte[] longer = JsonResponses.ok(out -> write(out, text)).getBody();
        byte[] shorter = JsonResponses.ok(out -> write(out, "{}")).getBody();
        assertThat(new String(shorter, StandardCharsets.UTF_8)).isEqualTo("{}\n");
        assertThat(new String(longer, StandardCharsets.UTF_8)).isEqualTo(text + "\n");
    }

    @Test
    void anAnswerMadeWhileAnotherIsWrittenDoesNotMixWithIt() {
        ObjectNode inner = StrictJson.nodes().objectNode();
        inner.put("inner", true);
        byte[][] innerBytes = new byte[1][];
        byte[] outer = JsonResponses.ok(out -> {
            write(out, "{\"outer\":");
            innerBytes[0] = JsonResponses.bytes(inner);
            write(out, "1}");
        }).getBody();
        assertThat(new String(outer, StandardCharsets.UTF_8)).isEqualTo("{\"outer\":1}\n");
        assertThat(innerBytes[0]).isEqualTo(JsonResponses.bytes(inner));
        assertThat(new String(innerBytes[0], StandardCharsets.UTF_8)).contains("\"inner\"");
    }

    @Test
    void anAnswerLargerThanTheKeptBufferIsWhole() {
        byte[] large = new byte[AnswerBuffer.KEPT_BYTES * 3];
        Arrays.fill(large, (byte) ' ');
        byte[] answer = JsonResponses.ok(out -> write(out, large)).getBody();
        assertThat(answer.length).isEqualTo(large.length + 1);
        assertThat(JsonResponses.ok(out -> write(out, "[]")).getBody()).isEqualTo("[]\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, String text) {
        write(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
