package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description the server publishes equals the one kept in the repository,
 * {@code docs/openapi.json}, so that the contract never changes unnoticed. After an intended change,
 * write the new description with
 * {@code ./mvnw -B -pl web -am verify -Dtest=OpenApiDescriptionTest -Dsurefire.failIfNoSpecifiedTests=false -Dhsp.openapi.write=true}
 * and review the difference.
 */
@ApiTest
class OpenApiDescriptionTest {

    static final Path CHECKED_IN = Path.of("docs", "openapi.json");

    @LocalServerPort
    int port;

    @Test
    void theServedDescriptionIsTheCheckedInOne() throws IOException, InvalidInputException {
        Http.Answer served = new Http(port).get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        JsonNode description = StrictJson.parse(served.body());
        Path file = CaseFiles.repositoryRoot().resolve(CHECKED_IN);
        if (Boolean.getBoolean("hsp.openapi.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, StrictJson.toText(description) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(description.get("openapi").stringValue()).startsWith("3.1");
        assertThat(description).as("the served description differs from " + CHECKED_IN
                + "; see this test's comment to write it anew").isEqualTo(StrictJson.parse(Files.readString(file)));
    }

    @Test
    void everySchemaHasAnExampleAndEveryOperationItsProblems() throws InvalidInputException {
        JsonNode description = StrictJson.parse(new Http(port).get("/v3/api-docs").body());
        for (var schema : description.get("components").get("schemas").properties()) {
            assertThat(schema.getValue().has("examples")).as(schema.getKey()).isTrue();
        }
        for (var path : description.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode responses = operation.getValue().get("responses");
                assertThat(responses.has("200") || responses.has("201") || responses.has("204")).as(path.getKey()).isTrue();
                assertThat(operation.getValue().get("responses").has("500")).as(path.getKey()).isTrue();
            }
        }
        assertThat(description.get("paths").has("/error")).isFalse();
    }
}
