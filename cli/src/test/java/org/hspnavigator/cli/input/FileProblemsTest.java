package org.hspnavigator.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The words for a file that cannot be used: the operating system's reason, never an exception's class name. */
class FileProblemsTest {

    @Test
    void aMissingFileOrFolderDependsOnWhetherItIsReadOrWritten() {
        assertThat(FileProblems.reading(new NoSuchFileException("in.csv"))).isEqualTo("no such file");
        assertThat(FileProblems.writing(new NoSuchFileException("out/x.csv")))
                .isEqualTo("cannot be created (no such folder)");
    }

    @Test
    void theOperatingSystemsReasonIsGivenInLowerCaseWithoutTheFileName() {
        assertThat(FileProblems.writing(new FileSystemException("out.csv", null, "Read-only file system")))
                .isEqualTo("cannot be written: read-only file system");
        assertThat(FileProblems.writing(new FileSystemException("results", null, "Is a directory")))
                .isEqualTo("is a folder, not a file");
        assertThat(FileProblems.reading(new AccessDeniedException("in.csv"))).isEqualTo("permission denied");
        assertThat(FileProblems.reading(new IOException("Input/output error")))
                .isEqualTo("cannot be read: input/output error");
        assertThat(FileProblems.writing(new IOException())).isEqualTo("cannot be written");
    }
}
