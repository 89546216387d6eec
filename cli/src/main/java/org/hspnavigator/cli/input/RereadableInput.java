package org.hspnavigator.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.hspnavigator.cli.language.CommandTexts;

/**
 * The input of a command that reads it twice: a file is opened again; standard input, which can be
 * read once only, is first copied into a temporary file, deleted on {@link #close}. Memory stays that
 * of one reading, however large the input.
 */
final class RereadableInput implements AutoCloseable {

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
        if (!file.equals("-")) {
            return new RereadableInput(input, file, what, null);
        }
        Path copy = null;
        try (InputStream stdin = input.open(file, what)) {
            copy = Files.createTempFile("hsp-input-", ".json");
            Files.copy(stdin, copy, StandardCopyOption.REPLACE_EXISTING);
            return new RereadableInput(input, file, what, copy);
        } catch (IOException e) {
            input.error(CommandTexts.problems(input.language()).text("input.notKept",
                    FileProblems.writing(e, input.language())));
            deleteQuietly(copy);
            return null;
        }
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
            // Left in the system's temporary folder, which the system empties itself.
            copy.toFile().deleteOnExit();
        }
    }
}
