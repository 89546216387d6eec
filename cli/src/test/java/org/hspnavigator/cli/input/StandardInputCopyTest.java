package org.hspnavigator.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.CliProcess;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy of standard input that {@code hsp score -} reads twice holds a personal profile: readable by
 * its owner only, and gone once the command ends, whether it ends well, fails on the way, or is stopped.
 */
class StandardInputCopyTest {

    private static final String PROFILE = "{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"1994-03-10\", "
            + "\"annualSalaryYen\": 8000000}";
    private static final String WHAT = "a profile file";

    @TempDir
    Path folder;

    private static CommandInput input(InputStream stdin) {
        return new CommandInput("hsp score", Cli.CLOCK, LocalDate.of(2013, 12, 24), stdin,
                new PrintWriter(new StringWriter()), Language.EN);
    }

    @Test
    void theCopyIsTheOwnersAloneAndGoneOnClose() throws IOException {
        byte[] profile = PROFILE.getBytes(StandardCharsets.UTF_8);
        try (RereadableInput copied = RereadableInput.of(input(new ByteArrayInputStream(profile)), "-", WHAT, folder)) {
            List<Path> copies = copies();
            assertThat(copies).hasSize(1);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copies.get(0)))).isEqualTo("rw-------");
            try (InputStream again = copied.open()) {
                assertThat(again.readAllBytes()).isEqualTo(profile);
            }
        }
        assertThat(copies()).isEmpty();
    }

    @Test
    void standardInputFailingWhileCopiedLeavesNoCopy() throws IOException {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("disk on fire");
            }
        };
        assertThatThrownBy(() -> RereadableInput.of(input(broken), "-", WHAT, folder)).hasMessage("disk on fire");
        assertThat(copies()).isEmpty();
    }

    /** SIGTERM, as Ctrl-C, runs the JVM's shutdown: the copy goes with the process. */
    @Test
    void aCommandStoppedWhileReadingStandardInputLeavesNoCopy() throws Exception {
        Process process = CliProcess.start(List.of("-Djava.io.tmpdir=" + folder), "score", "-");
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write(("[" + PROFILE + ",").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            // The copy exists once the command is reading: stop it then, standard input still open.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (copies().isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(copies()).as("the copy while the command reads").hasSize(1);
            process.destroy();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(copies()).isEmpty();
    }

    private List<Path> copies() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("hsp-input-")).toList();
        }
    }
}
