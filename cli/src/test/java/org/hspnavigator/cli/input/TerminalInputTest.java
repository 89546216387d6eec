package org.hspnavigator.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * A command told to read {@code -} from a terminal says on stderr what it waits for and how to start,
 * then reads what is typed; from a pipe or a file it says nothing.
 */
class TerminalInputTest {

    @Test
    void scoreAtATerminalSaysHowToStartAndStillReadsWhatIsTyped() throws IOException {
        byte[] typed = Files.readAllBytes(example("mr-zhang.json"));
        Run run = Cli.runWithStream(new TerminalInput(new ByteArrayInputStream(typed)), "score", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("hsp score: reading a profile file from standard input (end it with Ctrl-D, "
                + "or Ctrl-Z and Enter on Windows); pipe a file instead (hsp score - < profile.json), or run "
                + "`hsp new profile` to write one by answering questions" + System.lineSeparator());
        assertThat(run.out()).contains("Best category: SPECIALIZED_TECHNICAL (80 points)");
    }

    @Test
    void aCaseCommandAtATerminalPointsToHspNewCase() throws IOException {
        byte[] typed = Files.readAllBytes(example("case-zhang.json"));
        Run run = Cli.runWithStream(new TerminalInput(new ByteArrayInputStream(typed)), "pr", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("hsp pr: reading a case file from standard input", "`hsp new case`");
    }

    @Test
    void aPipeGetsNoWord() throws IOException {
        Run run = Cli.runWithInput(Files.readAllBytes(example("mr-zhang.json")), "score", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private static Path example(String name) {
        return CaseFiles.repositoryRoot().resolve("examples").resolve(name);
    }
}
