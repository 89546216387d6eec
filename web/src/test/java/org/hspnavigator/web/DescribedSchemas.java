package org.hspnavigator.web;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of an OpenAPI 3.1 description applied by a JSON Schema 2020-12 validator of its own
 * (networknt, with the OpenAPI 3.1 dialect and {@code format} asserted), as a generic client would:
 * a schema is named by its JSON pointer in the description, so that its {@code $ref}s to
 * {@code #/components/schemas/...} resolve within the same document, which is read once.
 */
final class DescribedSchemas {

    /** Where the description is taken to live: its schemas are named by pointers into this document. */
    private static final String DOCUMENT = "https://hsp-navigator.test/openapi.json";

    private final JsonNode description;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    DescribedSchemas(JsonNode description) {
        this.description = description;
        String text = description.toString();
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(Map.of(DOCUMENT, text)));
    }

    JsonNode description() {
        return description;
    }

    /** The problems of {@code value} against the schema at {@code pointer} (RFC 6901, without the leading '#'). */
    List<String> problems(String pointer, JsonNode value) {
        Schema schema = schemas.computeIfAbsent(pointer, this::schemaAt);
        return schema.validate(value).stream().map(Error::toString).toList();
    }

    private Schema schemaAt(String pointer) {
        if (description.at(pointer).isMissingNode()) {
            throw new IllegalArgumentException("the description has nothing at " + pointer);
        }
        return registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
    }

    /** The pointer of the schema of {@code operation}'s answer {@code status} in {@code contentType}; null when undescribed. */
    String answerSchema(String method, String pathTemplate, int status, String contentType) {
        String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(java.util.Locale.ROOT)
                + "/responses/" + status + "/content/" + escape(contentType) + "/schema";
        return description.at(pointer).isMissingNode() ? null : pointer;
    }

    /** The pointer of the schema of {@code operation}'s request body in {@code contentType}; null when undescribed. */
    String requestSchema(String method, String pathTemplate, String contentType) {
        if (contentType == null) {
            return null;
        }
        String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(java.util.Locale.ROOT)
                + "/requestBody/content/" + escape(contentType) + "/schema";
        return description.at(pointer).isMissingNode() ? null : pointer;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
