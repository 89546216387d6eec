package org.hspnavigator.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hspnavigator.cli.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hsp score} reads an array of profiles and writes their results a profile at a time: run in a
 * JVM of 32 MB of heap, it scores an array of 10,000 profiles held in a file larger than that heap, whose
 * results whole took some 80 KB a profile, 800 MB, before they were streamed.
 */
class ScoreInConstantMemoryTest {

    private static final int PROFILES = 10_000;
    /** Spaces between the profiles: what makes the file larger than the heap costs the parser little. */
    private static final int PADDING = 4_000;
    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path dir;

    @Test
    void anArrayInAFileLargerThanTheHeapIsScoredAsJsonAndAsATable() throws Exception {
        Path profiles = dir.resolve("profiles.json");
        String padding = " ".repeat(PADDING);
        try (Writer out = Files.newBufferedWriter(profiles, StandardCharsets.UTF_8)) {
            out.write('[');
            for (int i = 0; i < PROFILES; i++) {
                out.write((i > 0 ? "," : "") + padding + "{\"referenceDate\": \"2026-11-27\", \"birthDate\": \""
                        + (1960 + i % 40) + "-03-10\", \"annualSalaryYen\": " + (3_000_000 + 1000L * i) + "}");
            }
            out.write(']');
        }
        assertThat(Files.size(profiles)).isGreaterThan(32L << 20);

        Output json = score("--json", profiles.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.err()).isEmpty();
        assertThat(json.matching()).as("assessments written").isEqualTo(PROFILES);

        Output table = score(profiles.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.matching()).as("tables written").isEqualTo(PROFILES);
        assertThat(table.last()).isEqualTo("Applicant 10000 of 10000: " + profiles + " [9999]");
    }

    /** What a run printed: the lines that start an assessment (JSON) or a profile's table, counted. */
    private record Output(int exitCode, long matching, String last, String err) {
    }

    private static Output score(String... args) throws IOException, InterruptedException {
        Process process = CliProcess.start(List.of(HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                Stream.concat(Stream.of("score"), Arrays.stream(args)).toArray(String[]::new));
        StringBuilder err = new StringBuilder();
        Thread errors = new Thread(() -> {
            try {
                err.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.append(e);
            }
        });
        errors.start();
        long matching = 0;
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("  \"ruleSet\"") || line.startsWith("    \"ruleSet\"") || line.startsWith("Applicant ")) {
                    matching++;
                    last = line;
                }
            }
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        errors.join();
        return new Output(process.exitValue(), matching, last, err.toString());
    }
}
