package org.hspnavigator.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.cli.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hsp score} reads its input twice, a profile at a time: every problem of every file is reported
 * before any result is written, and standard input is kept for the second reading in a temporary file
 * that is gone after.
 */
class ScoreStreamedInputTest {

    private static final String VALID = "{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"1994-03-10\", "
            + "\"annualSalaryYen\": 8000000}";
    private static final String INVALID = "{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"1994-02-30\", "
            + "\"annualSalaryYen\": -1}";

    @Test
    void anInvalidProfileAtTheEndStopsTheRunBeforeAnyResultIsWritten() {
        String document = "[" + String.join(",", Collections.nCopies(50, VALID)) + "," + INVALID + "]";
        Run run = Cli.runWithInput(document, "score", "--json", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[50].birthDate: \"1994-02-30\" is not a real date",
                "[50].annualSalaryYen: must not be negative");
    }

    @Test
    void manyProblemsAreCountedBeyondTheHundredShown() {
        String document = "[" + String.join(",", Collections.nCopies(300, INVALID)) + "]";
        Run run = Cli.runWithInput(document, "score", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().filter(line -> line.startsWith("  [")).count()).isEqualTo(100);
        assertThat(run.err()).contains("  ... and 500 more problems");
    }

    /**
     * In a JVM of its own whose temporary folder is the test's: the copy is looked for there only, where no
     * other process (another build's test of the same command) writes.
     */
    @Test
    void standardInputIsScoredAndItsTemporaryCopyRemoved(@TempDir Path temporary) throws Exception {
        Process process = CliProcess.start(List.of("-Djava.io.tmpdir=" + temporary), "score", "-");
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(("[" + VALID + "," + VALID + "]").getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readFully(process.getErrorStream()));
        String out = readFully(process.getInputStream());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(err.get()).isZero();
        assertThat(out).contains("Applicant 1 of 2: standard input [0]", "Applicant 2 of 2: standard input [1]");
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left.filter(file -> file.getFileName().toString().startsWith("hsp-input-"))).isEmpty();
        }
    }

    private static String readFully(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void malformedJsonAfterValidProfilesIsTheOneProblemReported(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "[" + INVALID + "," + VALID + ", oops]");
        Run run = Cli.run("score", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("malformed JSON: Unrecognized token 'oops'").doesNotContain("birthDate");
    }

    @Test
    void theProblemsOfEveryFileAreReportedInTheirOrderBeforeAnyResult(@TempDir Path dir) throws IOException {
        Path valid = Files.writeString(dir.resolve("valid.json"), "[" + VALID + "]");
        Path invalid = Files.writeString(dir.resolve("invalid.json"), "[" + VALID + "," + INVALID + "]");
        Path applicantCase = Files.writeString(dir.resolve("case.json"), "{\"snapshots\": []}");
        Run run = Cli.runWithInput("[oops", "score", "--json", valid.toString(), invalid.toString(),
                applicantCase.toString(), "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(
                "hsp score: invalid input in " + invalid + ":",
                "  [1].birthDate: \"1994-02-30\" is not a real date",
                "  [1].annualSalaryYen: must not be negative, got -1",
                "hsp score: " + applicantCase + ": this is a case (it has `snapshots`), not a profile; a case is read "
                        + "by hsp pr, hsp family or hsp checklist",
                "hsp score: invalid input in standard input:",
                "  line 1, column 2: malformed JSON: Unrecognized token 'oops': was expecting (JSON String, Number, "
                        + "Array, Object or token 'null', 'true' or 'false')");
    }

    @Test
    void severalFilesAreOneArrayWrittenAProfileAtATimeWithTheirIdsAndLabels(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("first.json"), "[" + VALID + "," + VALID.replace("{", "{\"id\": \"B\", ") + "]");
        Run table = Cli.runWithInput(VALID.replace("{", "{\"id\": \"C\", "), "score", first.toString(), "-");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines().filter(line -> line.startsWith("Applicant "))).containsExactly(
                "Applicant 1 of 3: " + first + " [0]", "Applicant 2 of 3: B (" + first + " [1])",
                "Applicant 3 of 3: C (standard input)");
        Run json = Cli.runWithInput(VALID.replace("{", "{\"id\": \"C\", "), "score", "--json", first.toString(), "-");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("[").contains("\"id\" : \"B\"", "\"id\" : \"C\"");
    }
}
