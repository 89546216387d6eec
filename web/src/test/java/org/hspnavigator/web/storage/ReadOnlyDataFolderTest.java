package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hspnavigator.web.HspServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The server refuses to start on a SQLite data folder it cannot write, and says why and what to do. A
 * folder without write permission stands for a read-only file system here, which root's permissions
 * bypass; {@code bench/diskfull.sh} starts the server on a file system mounted read-only, as root.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadOnlyDataFolderTest {

    @Test
    void aWritableFolderPassesAndAMissingOneIsMade(@TempDir Path folder) throws Exception {
        Database database = Database.sqliteFile(folder.resolve("new").resolve(Database.SQLITE_FILE));
        ReadOnlyDataFolder.check(database);
        assertThat(folder.resolve("new")).isDirectory();
        try (var left = Files.list(folder.resolve("new"))) {
            assertThat(left).as("the probe leaves nothing behind").isEmpty();
        }
        ReadOnlyDataFolder.check(Database.of("jdbc:postgresql://127.0.0.1:1/none"));
    }

    @Test
    void theServerDoesNotStartOnAFolderItCannotWrite(CapturedOutput output) {
        // Linux's /proc takes no new file from any user, root included, as a read-only mount would not;
        // a folder without write permission would not do, since the tests run as root on CI.
        Path folder = Path.of("/proc");
        assumeThat(Files.isDirectory(folder)).as("a Linux /proc").isTrue();
        Database database = Database.sqliteFile(folder.resolve(Database.SQLITE_FILE));
        assertThatThrownBy(() -> new SpringApplication(HspServer.class).run("--server.port=0",
                "--hsp.db.url=" + database.url(), "--server.tomcat.accesslog.enabled=false"))
                .hasRootCauseInstanceOf(ReadOnlyDataFolder.ReadOnlyException.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "The server cannot write to " + folder,
                "point HSP_DATA_DIR at a writable copy").doesNotContain("SQLITE_CANTOPEN");
    }

    @Test
    void theExplanationSaysWhatIsWrongAndWhatToDo() {
        FailureAnalysis analysis = new ReadOnlyDataFolderFailureAnalyzer().analyze(
                new IllegalStateException(new ReadOnlyDataFolder.ReadOnlyException(Path.of("/srv/hsp"),
                        "Read-only file system")));
        assertThat(analysis.getDescription()).isEqualTo("The server cannot write to /srv/hsp (Read-only file system), "
                + "where it keeps its SQLite database. It needs to: every login and every read of applicant data "
                + "writes (sessions, the audit log).");
        assertThat(analysis.getAction()).contains("remount its file system read-write", "HSP_DATA_DIR");
    }
}
