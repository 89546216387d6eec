package org.hspnavigator.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of {@code hsp batch} that cannot be used are named with what is wrong, in plain words. */
class BatchFileProblemsTest {

    private static final String HEADER = "id,referenceDate,birthDate,annualSalaryYen";

    @TempDir
    Path dir;

    @Test
    void aFolderGivenAsOutputOrErrorsIsNamedAsAFolder() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "\nA,2026-11-27,1994-03-10,8000000\n");
        Path folder = Files.createDirectory(dir.resolve("results"));
        Run output = Cli.run("batch", in.toString(), "-o", folder.toString());
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err()).contains(folder + ": is a folder, not a file").doesNotContain("Exception");
        Run errors = Cli.run("batch", in.toString(), "-o", dir.resolve("out.csv").toString(), "--errors",
                folder.toString());
        assertThat(errors.exitCode()).isEqualTo(2);
        assertThat(errors.err()).contains(folder + ": is a folder, not a file").doesNotContain("Exception");
    }

    @Test
    void anOutputInAFolderThatDoesNotExistSaysSo() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "\n");
        Run run = Cli.run("batch", in.toString(), "-o", dir.resolve("no/such/out.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("out.csv: cannot be created (no such folder)");
    }

    @Test
    void aHugeCellNamesItsLineAndWhatIsWrong() throws IOException {
        // A quote opened and never closed makes the rest of the file one cell, past FastCSV's limit.
        Path in = dir.resolve("in.csv");
        try (Writer writer = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            writer.write(HEADER + "\nA,2026-11-27,1994-03-10,8000000\nB,\"2026-11-27,1994-03-10,8000000\n");
            char[] line = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 260; i++) {
                writer.write(line);
            }
        }
        Run run = Cli.run("batch", in.toString(), "-o", dir.resolve("out.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(in + ": line 3: a cell is too large")
                .contains("a quote (\") that opens a cell and is never closed")
                .doesNotContain("Exception", "record that started");
    }
}
