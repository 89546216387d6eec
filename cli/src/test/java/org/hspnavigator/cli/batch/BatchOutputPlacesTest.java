package org.hspnavigator.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hsp batch} refuses two outputs that are one place: the results and the errors written into one
 * file corrupt each other, and two CSV layouts on standard output cannot be told apart.
 */
class BatchOutputPlacesTest {

    private static final String CSV = "id,referenceDate,birthDate,annualSalaryYen\n"
            + "A,2026-11-27,1994-03-10,8000000\nB,2026-11-27,1994-02-30,8000000\n";

    @TempDir
    Path dir;

    private Path in;

    @BeforeEach
    void writeInput() throws IOException {
        in = dir.resolve("in.csv");
        Files.writeString(in, CSV);
    }

    @Test
    void theSameFileForResultsAndErrorsIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "kept");
        Run run = Cli.run("batch", in.toString(), "-o", out.toString(), "--errors", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--errors " + out + ": is the output file (-o " + out + ")");
        assertThat(Files.readString(out)).isEqualTo("kept");
    }

    @Test
    void aFileNotCreatedYetNamedTwiceIsRefusedAndNotCreated() {
        Path out = dir.resolve("new.csv");
        Run run = Cli.run("batch", in.toString(), "-o", out.toString(), "--errors", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is the output file");
        assertThat(out).doesNotExist();
    }

    @Test
    void anotherSpellingOfTheSamePathIsTheSameFile() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Path out = dir.resolve("out.csv");
        String roundabout = dir.resolve("sub").resolve("..").resolve(".").resolve("out.csv").toString();
        Run run = Cli.run("batch", in.toString(), "-o", out.toString(), "--errors", roundabout);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is the output file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSymbolicLinkToTheOutputIsTheSameFileWhetherItExistsOrNot() throws IOException {
        Path out = dir.resolve("out.csv");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("out.csv"));
        Run notThereYet = Cli.run("batch", in.toString(), "-o", out.toString(), "--errors", link.toString());
        assertThat(notThereYet.exitCode()).isEqualTo(2);
        assertThat(notThereYet.err()).contains("is the output file");
        assertThat(out).doesNotExist();
        Files.writeString(out, "kept");
        Run there = Cli.run("batch", in.toString(), "-o", link.toString(), "--errors", out.toString());
        assertThat(there.exitCode()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("kept");
    }

    @Test
    void standardOutputForBothIsRefused() {
        Run run = Cli.runWithInput(CSV, "batch", "-", "-o", "-", "--errors", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--errors -: standard output already takes the results (-o -)");
    }

    @Test
    void anErrorsFileBesideResultsOnStandardOutputIsFine() throws IOException {
        Path errors = dir.resolve("errors.csv");
        Run run = Cli.run("batch", in.toString(), "-o", "-", "--errors", errors.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(BatchFiles.rows(run.out())).hasSize(2);
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("1994-02-30");
    }

    @Test
    void theInputAsErrorsFileThroughALinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("input-link.csv"), in);
        Run run = Cli.run("batch", in.toString(), "-o", dir.resolve("out.csv").toString(), "--errors", link.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is the input file");
        assertThat(Files.readString(in)).isEqualTo(CSV);
    }
}
