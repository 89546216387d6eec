package org.hspnavigator.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.JsonFields;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON object bodies of the workspace's endpoints within the {@link RequestLimits}, their
 * fields with {@link JsonFields}: unknown fields, wrong types, blank texts, impossible dates, all reported
 * at once by JSON path.
 */
@Component
public final class JsonObjectBodies {

    private final JsonRequestBodies bodies;

    public JsonObjectBodies(JsonRequestBodies bodies) {
        this.bodies = bodies;
    }

    /** A body read, and the problems found in it so far. */
    public record Body(JsonNode node, JsonFields fields, List<Violation> violations) {

        /** Ends the request with a 400 naming every problem found, if any. */
        public void requireValid() {
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations.stream().map(Problems.Located::body).toList());
            }
        }
    }

    /**
     * The body as an object whose fields are among {@code known}; a 400 when it is not JSON or not an
     * object. {@code what} is the key in the {@code validation} bundle of how messages name the object.
     */
    public Body read(HttpServletRequest request, List<String> known, String what) throws IOException {
        JsonNode node;
        try (InputStream in = bodies.read(request)) {
            byte[] text = in.readAllBytes();
            if (new String(text, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                throw new InvalidRequestException(List.of(Problems.Located.body(
                        new Violation("", Problem.of("body.empty", Problem.of(what))))));
            }
            node = StrictJson.parse(new java.io.ByteArrayInputStream(text));
        } catch (InvalidInputException e) {
            throw new InvalidRequestException(e.violations().stream().map(Problems.Located::body).toList());
        }
        List<Violation> violations = new ArrayList<>();
        JsonFields fields = JsonFields.of(node, "", violations, known, what)
                .orElseThrow(() -> new InvalidRequestException(violations.stream().map(Problems.Located::body).toList()));
        return new Body(node, fields, violations);
    }
}
