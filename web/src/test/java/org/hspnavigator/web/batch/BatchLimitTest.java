package org.hspnavigator.web.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.web.FixedClock;
import org.hspnavigator.web.HspServer;
import org.hspnavigator.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The rows limit of {@code POST /api/v1/batch} ({@code maxCsvRows}, here 2000): a 413 problem while the
 * answer has not begun to leave, and after it began a last row saying so with a connection closed before
 * the end of the body, never a batch silently cut short. Sizes are chosen around the answer's buffer of
 * {@value StreamedBatch#RESPONSE_BUFFER_BYTES} bytes: 2000 rows of one category without ids stay within
 * it, 2000 rows of every category with ids do not.
 */
@SpringBootTest(classes = HspServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.accesslog.enabled=false", "hsp.db.url=jdbc:sqlite:target/test-data/batch-${random.uuid}.db",
            "hsp.api.limits.max-csv-rows=2000"})
@Import(FixedClock.class)
class BatchLimitTest {

    private static final int LIMIT = 2000;

    @LocalServerPort
    int port;

    @Test
    void exactlyTheLimitIsScoredWhole() throws IOException, InterruptedException {
        StreamingExchange.Answer answer = StreamingExchange.post(port, "/api/v1/batch", out -> out.write(rows(LIMIT, true)));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.complete()).isTrue();
        assertThat(answer.lines()).isEqualTo(1 + LIMIT);
        assertThat(answer.lastLine()).startsWith("id-" + (LIMIT - 1) + "," + (LIMIT + 1) + ",2026-11-27,");
    }

    @Test
    void overTheLimitBeforeTheAnswerLeavesIsA413() throws InvalidInputException {
        byte[] body = rows(LIMIT + 1, false);
        Http.Answer answer = new Http(port).post("/api/v1/batch?category=SPECIALIZED_TECHNICAL", "text/csv", body);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = StrictJson.parse(answer.body());
        assertThat(problem.get("limit").stringValue()).isEqualTo("maxCsvRows");
        assertThat(problem.get("limitValue").longValue()).isEqualTo(LIMIT);
        assertThat(problem.get("detail").stringValue()).isEqualTo("the body has more than 2000 data rows (the limit maxCsvRows)");
    }

    @Test
    void overTheLimitAfterTheAnswerBeganEndsWithARowSayingSoAndNoEndOfBody() throws IOException, InterruptedException {
        StreamingExchange.Answer answer = StreamingExchange.post(port, "/api/v1/batch",
                out -> out.write(rows(LIMIT + 500, true)));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.complete()).as("the body's end (its last chunk) never comes").isFalse();
        assertThat(answer.lines()).isEqualTo(1 + LIMIT + 1);
        assertThat(answer.lastLine()).isEqualTo(",2002,,,,,,,,,line 2002: the body has more than 2000 data rows "
                + "(the limit maxCsvRows); no row from this line on was scored");
    }

    @Test
    void textThatStopsBeingUtf8AfterTheAnswerBeganEndsTheSameWay() throws IOException, InterruptedException {
        StreamingExchange.Answer answer = StreamingExchange.post(port, "/api/v1/batch", out -> {
            // Far enough into the body that the rows before it are already answered: the reader decodes
            // ahead by up to a buffer of text (128 K characters).
            out.write(rows(1990, "-" + "x".repeat(200)));
            out.write(new byte[] {'x', ',', (byte) 0xFF, '\n'});
        });
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.complete()).isFalse();
        assertThat(answer.lastLine()).startsWith(",").contains(": the text is not valid UTF-8")
                .endsWith("no row from this line on was scored");
    }

    /** A header and {@code count} valid rows, with an id column or without. */
    private static byte[] rows(int count, boolean ids) {
        return ids ? rows(count, "") : rows(count, null);
    }

    /** A header and {@code count} valid rows, without ids when {@code idEnd} is null. */
    private static byte[] rows(int count, String idEnd) {
        StringBuilder csv = new StringBuilder(idEnd != null ? "id," : "").append("birthDate,annualSalaryYen,degrees.0.level\n");
        for (int i = 0; i < count; i++) {
            csv.append(idEnd != null ? "id-" + i + idEnd + "," : "").append("1990-01-01,8000000,MASTER\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
