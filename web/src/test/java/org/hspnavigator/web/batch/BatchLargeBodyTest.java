package org.hspnavigator.web.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.hspnavigator.web.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body far larger than the server's heap streams through {@code POST /api/v1/batch}: the server runs
 * as a process of its own with {@value #HEAP} of heap and takes {@value #DEFAULT_MEGABYTES} MB of CSV
 * generated as it is sent, answering every row, in order, to the end of the body. Buffering the body or
 * the answer would fail with an OutOfMemoryError long before. The size can be raised with
 * {@code -Dhsp.batch.largeBodyMegabytes=N} (bench/batch-api.sh runs it with a gigabyte); the sizes, the
 * time and the server's peak resident memory are printed.
 */
class BatchLargeBodyTest {

    private static final String HEAP = "-Xmx32m";
    private static final int DEFAULT_MEGABYTES = 128;
    private static final String HEADER = "id,referenceDate,birthDate,annualSalaryYen,degrees.0.level,"
            + "careerYears.specializedTechnical,japaneseLanguage.jlpt\n";

    @TempDir
    Path dir;

    @Test
    void aBodyFarLargerThanTheHeapIsAnsweredRowByRow() throws IOException, InterruptedException {
        long megabytes = Long.getLong("hsp.batch.largeBodyMegabytes", DEFAULT_MEGABYTES);
        long bodyBytes = megabytes << 20;
        try (ServerProcess server = ServerProcess.start(dir, HEAP, Map.of("HSP_API_LIMITS_MAX_CSV_ROWS", "1000000000",
                "SERVER_TOMCAT_ACCESSLOG_ENABLED", "false"))) {
            int port = server.port();
            long start = System.nanoTime();
            long[] sent = new long[1];
            StreamingExchange.Answer answer = StreamingExchange.post(port, "/api/v1/batch",
                    out -> sent[0] = writeRows(out, bodyBytes));
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = sent[0];
            String peak = server.peakResidentMemory().orElse("unknown");
            System.out.printf("POST /api/v1/batch: %d MB body, %d rows, answer %d MB, %.1f s, server %s, peak RSS %s%n",
                    megabytes, rows, answer.bytes() >> 20, seconds, HEAP, peak);
            assertThat(server.isAlive()).as("the server is still running:%n%s", server.tail()).isTrue();
            assertThat(answer.status()).as(answer.head()).isEqualTo(200);
            assertThat(answer.complete()).as("the answer reached its end").isTrue();
            assertThat(answer.lines()).isEqualTo(rows + 1);
            assertThat(answer.lastLine()).startsWith(expectedStart(rows - 1));
        }
    }

    /**
     * Writes rows until {@code bytes} are written (the last row may be cut short of it, never split);
     * returns how many.
     */
    private static long writeRows(OutputStream out, long bytes) throws IOException {
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        out.write(header);
        long written = header.length;
        long rows = 0;
        StringBuilder buffer = new StringBuilder(1 << 16);
        while (true) {
            String row = row(rows);
            if (written + row.length() > bytes) {
                break;
            }
            buffer.append(row);
            written += row.length();
            rows++;
            if (buffer.length() > 60_000) {
                out.write(buffer.toString().getBytes(StandardCharsets.US_ASCII));
                buffer.setLength(0);
            }
        }
        out.write(buffer.toString().getBytes(StandardCharsets.US_ASCII));
        return rows;
    }

    /** Row {@code i}: ages, salaries and careers varying with it, one row in 50 invalid. */
    private static String row(long i) {
        int birthYear = 1960 + (int) (i % 40);
        long salary = 3_000_000L + 250_000L * (i % 60);
        String level = i % 50 == 7 ? "PHD" : i % 3 == 0 ? "DOCTORATE" : i % 3 == 1 ? "MASTER" : "BACHELOR";
        return "row-" + i + ",2026-11-27," + birthYear + "-04-01," + salary + "," + level + "," + (i % 12) + ","
                + (i % 4 == 0 ? "N1" : "") + "\n";
    }

    /** The start of the answer to row {@code i}: its id, its line, and its date or the empty cells of an invalid row. */
    private static String expectedStart(long i) {
        return "row-" + i + "," + (i + 2) + (i % 50 == 7 ? ",,,,,,,,," : ",2026-11-27,");
    }
}
