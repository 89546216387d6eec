package org.hspnavigator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run: every command, each running to its end on the examples. */
class ArchiveTrainingRunTest {

    private static final Path EXAMPLES = CaseFiles.repositoryRoot().resolve("examples");

    @Test
    void everyCommandRunsToItsEnd(@TempDir Path dir) {
        List<List<String>> commands = ArchiveTrainingRun.commands(EXAMPLES, dir.resolve("scores.csv"));
        assertThat(commands).extracting(command -> command.get(0))
                .containsAll(HspCommand.commands().keySet());
        for (List<String> command : commands) {
            Run run = Cli.run(command.toArray(String[]::new));
            // The example CSV file holds one invalid row on purpose.
            int expected = command.get(0).equals("batch") ? ExitCodes.SOME_ROWS_INVALID : ExitCodes.OK;
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(expected);
        }
        assertThat(dir.resolve("scores.csv")).isNotEmptyFile();
    }

    @Test
    void runsOnTheExamplesFolderAndLeavesNoFileBehind() throws IOException {
        List<Path> before = trainingFiles();
        assertThatCode(() -> ArchiveTrainingRun.main(new String[] {EXAMPLES.toString()})).doesNotThrowAnyException();
        assertThat(trainingFiles()).isEqualTo(before);
    }

    private static List<Path> trainingFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("hsp-training-")).sorted().toList();
        }
    }
}
