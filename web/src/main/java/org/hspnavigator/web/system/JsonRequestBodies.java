package org.hspnavigator.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.hspnavigator.formats.json.TokenCheck;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON request body within the {@link RequestLimits}: at most {@code maxBodyBytes} bytes, and
 * no array longer than {@code maxArrayLength} nor nesting deeper than {@code maxNestingDepth}. The
 * body is read by the {@code formats} module exactly as the command line reads a file, so that both
 * report the same problems in the same words; an oversized document is refused as such (413), and
 * malformed JSON is left to the reader (400).
 */
@Component
public final class JsonRequestBodies {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** The longest array the JVM makes: a body longer than that is over any limit set beyond it. */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private final RequestLimits limits;

    public JsonRequestBodies(RequestLimits limits) {
        this.limits = limits;
    }

    /**
     * The body of {@code request} as a stream for the readers of {@code formats}, its shape checked
     * against the limits first.
     */
    public InputStream read(HttpServletRequest request) throws IOException {
        byte[] body = bytes(request);
        checkShape(body);
        return new ByteArrayInputStream(body);
    }

    /**
     * The profiles of the body of {@code request} ({@link ProfileDocuments#read(byte[], java.util.function.Supplier,
     * ProfileReader)}), every token checked against the limits as it is read: the problems and the refusals
     * of {@link #read} and a reader of its stream, the body's bytes taken from the request once.
     */
    public ProfileDocument profiles(HttpServletRequest request, ProfileReader reader)
            throws IOException, InvalidInputException {
        return ProfileDocuments.read(bytes(request), ShapeLimits::new, reader);
    }

    /**
     * The body's bytes: a body of declared length is read into an array of that length at once (the
     * server ends its stream there); a body of unknown length (chunked) is read up to one byte past the
     * limit, so that a longer one is refused without being read whole. A loop through a buffer of 8 KB
     * cost every request those 8 KB and a copy.
     */
    byte[] bytes(HttpServletRequest request) throws IOException {
        long max = limits.maxBodyBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            throw tooLarge("limit.bodyBytes.declared", declared);
        }
        try (InputStream in = request.getInputStream()) {
            long expected = declared >= 0 ? declared : Math.min(max, MAX_ARRAY_LENGTH - 1) + 1;
            byte[] body = in.readNBytes((int) Math.min(expected, MAX_ARRAY_LENGTH));
            if (body.length > max || body.length == MAX_ARRAY_LENGTH && in.read() != -1) {
                throw tooLarge("limit.bodyBytes.over", max);
            }
            return body;
        }
    }

    private LimitExceededException tooLarge(String key, long size) {
        return new LimitExceededException("maxBodyBytes", limits.maxBodyBytes(),
                Problem.of(key, String.valueOf(size), String.valueOf(limits.maxBodyBytes())));
    }

    /**
     * Walks the tokens without building a tree: constant memory, whatever the body holds. A syntax
     * error ends the walk quietly, since the reader reports it with the line and column.
     */
    private void checkShape(byte[] body) {
        ShapeLimits shape = new ShapeLimits();
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                shape.check(token);
            }
        } catch (JacksonException malformed) {
            // Reported by the reader, in the same words as on the command line.
        }
    }

    /** The nesting and array lengths of one body so far, refused (413) beyond the limits. */
    private final class ShapeLimits implements TokenCheck {

        private final int maxDepth = limits.maxNestingDepth();
        private final int maxLength = limits.maxArrayLength();
        private final int[] lengths = new int[maxDepth + 2];
        private final boolean[] isArray = new boolean[maxDepth + 2];
        private int depth;

        @Override
        public void check(JsonToken token) {
            if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                depth--;
                return;
            }
            if (token == JsonToken.PROPERTY_NAME) {
                return;
            }
            if (depth > 0 && isArray[depth] && ++lengths[depth] > maxLength) {
                throw new LimitExceededException("maxArrayLength", maxLength,
                        Problem.of("limit.arrayLength", String.valueOf(maxLength)));
            }
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                if (++depth > maxDepth) {
                    throw new LimitExceededException("maxNestingDepth", maxDepth,
                            Problem.of("limit.nestingDepth", String.valueOf(maxDepth)));
                }
                isArray[depth] = token == JsonToken.START_ARRAY;
                lengths[depth] = 0;
            }
        }
    }
}
