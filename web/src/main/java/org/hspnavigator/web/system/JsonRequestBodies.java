package org.hspnavigator.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON request body within the {@link RequestLimits}: at most {@code maxBodyBytes} bytes, and
 * no array longer than {@code maxArrayLength} nor nesting deeper than {@code maxNestingDepth}. The
 * body is then read by the {@code formats} module exactly as the command line reads a file, so that
 * both report the same problems in the same words; the shape is checked here first only to refuse
 * oversized documents as such (413), and leaves malformed JSON to the reader (400).
 */
@Component
public final class JsonRequestBodies {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final RequestLimits limits;

    public JsonRequestBodies(RequestLimits limits) {
        this.limits = limits;
    }

    /** The body of {@code request} as a stream for the readers of {@code formats}. */
    public InputStream read(HttpServletRequest request) throws IOException {
        byte[] body = bytes(request);
        checkShape(body);
        return new ByteArrayInputStream(body);
    }

    private byte[] bytes(HttpServletRequest request) throws IOException {
        long max = limits.maxBodyBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            throw tooLarge(declared + " bytes");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (body.size() + (long) read > max) {
                    throw tooLarge("more than " + max + " bytes");
                }
                body.write(buffer, 0, read);
            }
        }
        return body.toByteArray();
    }

    private LimitExceededException tooLarge(String size) {
        return new LimitExceededException("maxBodyBytes", limits.maxBodyBytes(),
                "the request body has " + size + "; the limit is " + limits.maxBodyBytes() + " bytes");
    }

    /**
     * Walks the tokens without building a tree: constant memory, whatever the body holds. A syntax
     * error ends the walk quietly, since the reader reports it with the line and column.
     */
    private void checkShape(byte[] body) {
        int maxDepth = limits.maxNestingDepth();
        int maxLength = limits.maxArrayLength();
        int[] lengths = new int[maxDepth + 2];
        boolean[] isArray = new boolean[maxDepth + 2];
        int depth = 0;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                    depth--;
                    continue;
                }
                if (token == JsonToken.PROPERTY_NAME) {
                    continue;
                }
                if (depth > 0 && isArray[depth] && ++lengths[depth] > maxLength) {
                    throw new LimitExceededException("maxArrayLength", maxLength,
                            "an array of the request body has more than " + maxLength + " elements");
                }
                if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                    if (++depth > maxDepth) {
                        throw new LimitExceededException("maxNestingDepth", maxDepth,
                                "the request body nests objects and arrays more than " + maxDepth + " levels deep");
                    }
                    isArray[depth] = token == JsonToken.START_ARRAY;
                    lengths[depth] = 0;
                }
            }
        } catch (JacksonException malformed) {
            // Reported by the reader, in the same words as on the command line.
        }
    }
}
