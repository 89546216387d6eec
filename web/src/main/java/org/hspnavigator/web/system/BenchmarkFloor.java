package org.hspnavigator.web.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import org.hspnavigator.formats.validation.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of bench/api.sh: an endpoint that takes a JSON body as the API's do and answers a fixed JSON body of a
 * given size, so that the benchmark can tell what scoring and JSON cost next to HTTP itself. It reads the body as
 * the API's endpoints read theirs ({@link JsonRequestBodies}, within the same limits, into an array of its
 * length), so that the floor holds no cost the endpoints do not pay: it used to pass the body through {@code
 * InputStream.transferTo}, whose 16 KB buffer was about a third of what the floor allocated per request. It
 * answers only when {@code hsp.bench.floor-bytes} is set (the benchmark sets it), and 404 otherwise; it is never
 * described in the OpenAPI description. The bean exists in every run, since the ahead-of-time processing of the
 * build fixes which beans exist.
 */
@Hidden
@RestController
public class BenchmarkFloor {

    private final byte[] answer;
    private final JsonRequestBodies bodies;

    public BenchmarkFloor(@Value("${hsp.bench.floor-bytes:0}") int bytes, JsonRequestBodies bodies) {
        this.bodies = bodies;
        if (bytes <= 0) {
            answer = null;
            return;
        }
        answer = new byte[Math.max(bytes, 2)];
        Arrays.fill(answer, (byte) ' ');
        answer[0] = '{';
        answer[answer.length - 1] = '}';
    }

    @PostMapping(path = "/bench/floor", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> floor(HttpServletRequest request) throws IOException {
        if (answer == null) {
            throw new NotFoundException(Problem.of("notFound.endpoint", "POST", "/bench/floor"));
        }
        bodies.bytes(request);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }
}
