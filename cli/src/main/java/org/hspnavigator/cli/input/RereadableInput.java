package org.hspnavigator.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.hspnavigator.cli.language.CommandTexts;

/**
 * The input of a command that reads it twice: a file is opened again; standard input, which can be
 * read once only, is first copied into a temporary file, deleted on {@link #close}. Memory stays that
 * of one reading, however large the input. The copy holds a personal profile: it is readable by its
 * owner only, and deleted too when the command fails or the process is stopped (Ctrl-C, SIGTERM).
 */
final class RereadableInput implements AutoCloseable {

    private static final String PREFIX = "hsp-input-";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final CommandInput input;
    private final String file;
    private final String what;
    private final Path copy;

    private RereadableInput(CommandInput input, String file, String what, Path copy) {
        this.input = input;
        this.file = file;
        this.what = what;
        this.copy = copy;
    }

    /**
     * The input {@code file} names ({@code -}: standard input), or null after reporting why it cannot be
     * read; {@code what} names the kind of file expected ("a profile file").
     */
    static RereadableInput of(CommandInput input, String file, String what) {
        return of(input, file, what, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As {@link #of(CommandInput, String, String)}, standard input copied into {@code folder}. */
    static RereadableInput of(CommandInput input, String file, String what, Path folder) {
        if (!file.equals("-")) {
            return new RereadableInput(input, file, what, null);
        }
        Path copy = null;
        boolean kept = false;
        try (InputStream stdin = input.open(file, what)) {
            copy = createOwnerOnly(folder);
            // Run by the JVM's shutdown, which Ctrl-C and SIGTERM start too; close() deletes it earlier.
            copy.toFile().deleteOnExit();
            // Written into the file just made: Files.copy with REPLACE_EXISTING would replace it by a new one,
            // readable by anyone the umask lets.
            try (OutputStream out = Files.newOutputStream(copy)) {
                stdin.transferTo(out);
            }
            kept = true;
            return new RereadableInput(input, file, what, copy);
        } catch (IOException e) {
            input.error(CommandTexts.problems(input.language()).text("input.notKept",
                    FileProblems.writing(e, input.language())));
            return null;
        } finally {
            if (!kept) {
                deleteQuietly(copy);
            }
        }
    }

    private static Path createOwnerOnly(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, PREFIX, ".json", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createTempFile(folder, PREFIX, ".json");
    }

    /** A new reading from the start, or null after reporting why the file cannot be read. */
    InputStream open() {
        if (copy == null) {
            return input.open(file, what);
        }
        try {
            return Files.newInputStream(copy);
        } catch (IOException e) {
            input.error(CommandTexts.problems(input.language()).text("input.copyUnreadable",
                    FileProblems.reading(e, input.language())));
            return null;
        }
    }

    @Override
    public void close() {
        deleteQuietly(copy);
    }

    private static void deleteQuietly(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // Deleted when the JVM ends: deleteOnExit was registered as the copy was made.
        }
    }
}
