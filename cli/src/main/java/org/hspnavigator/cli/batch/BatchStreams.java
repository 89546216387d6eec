package org.hspnavigator.cli.batch;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.hspnavigator.cli.input.FileProblems;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.Language;

/**
 * The files of a batch: the input to read and the outputs to write, {@code -} meaning standard input
 * or output. A file that cannot be opened is reported in one line naming it, never as an exception.
 */
final class BatchStreams {

    private static final int BUFFER_CHARS = 1 << 16;
    /**
     * Bytes gathered before a file is written: the UTF-8 encoder hands them over 8 KB at a time, which
     * unbuffered made 8,000 system calls for a million output rows; with this, about 65.
     */
    private static final int BUFFER_BYTES = 1 << 20;
    /** Symbolic links followed to a file not created yet; the operating system itself gives up at 40. */
    private static final int MAX_LINKS_FOLLOWED = 40;

    private final InputStream stdin;
    private final Writer stdout;
    private final Consumer<String> problems;
    private final Language language;

    BatchStreams(InputStream stdin, Writer stdout, Consumer<String> problems, Language language) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.problems = problems;
        this.language = language;
    }

    /** The input, or null after reporting why it cannot be read. */
    InputStream openInput(String name) {
        if (name.equals("-")) {
            return new NonClosing(stdin);
        }
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                return refuse(name, CommandTexts.problems(language).text("file.folderNotCsv"));
            }
            return Files.newInputStream(path);
        } catch (IOException e) {
            return refuse(name, FileProblems.reading(e, language));
        }
    }

    /** A file or standard output to write UTF-8 to, or null after reporting why it cannot be written. */
    BatchOutput openOutput(String name) {
        if (name.equals("-")) {
            return new BatchOutput(stdout, null);
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            return refuse(name, CommandTexts.problems(language).text("file.folderNotOutput"));
        }
        try {
            OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(path), BUFFER_BYTES);
            return new BatchOutput(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), BUFFER_CHARS),
                    bytes);
        } catch (IOException e) {
            return refuse(name, FileProblems.writing(e, language));
        }
    }

    /** Standard output is flushed, not closed: the process still writes to it. */
    void close(BatchOutput out) throws IOException {
        if (out.text() == stdout) {
            out.text().flush();
        } else {
            out.text().close();
        }
    }

    /** The size of the input in bytes, or -1 when unknown (standard input). */
    static long size(String name) {
        if (name.equals("-")) {
            return -1;
        }
        try {
            return Files.size(Path.of(name));
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Whether two names of the command line are the same file, or both standard output ({@code -}):
     * compared by their real paths, so that a relative name, a {@code ..} or a symbolic link to a file
     * named otherwise are found out too, also for a file not created yet.
     */
    static boolean samePlace(String one, String other) {
        if (one.equals("-") || other.equals("-")) {
            return one.equals(other);
        }
        return realPath(Path.of(one)).equals(realPath(Path.of(other)));
    }

    /**
     * The real path of a file; for one that does not exist yet, the real path of its folder with its
     * name, after following a symbolic link that points to it (writing through the link creates it).
     */
    private static Path realPath(Path path) {
        Path named = path.toAbsolutePath().normalize();
        // A chain of links is followed a few steps only: a loop of links must not hang the check.
        for (int links = 0; links < MAX_LINKS_FOLLOWED && Files.isSymbolicLink(named); links++) {
            try {
                named = named.resolveSibling(Files.readSymbolicLink(named)).normalize();
            } catch (IOException unreadable) {
                break;
            }
        }
        try {
            return named.toRealPath();
        } catch (IOException notThereYet) {
            Path folder = named.getParent();
            try {
                return folder == null ? named : folder.toRealPath().resolve(named.getFileName());
            } catch (IOException noSuchFolder) {
                return named;
            }
        }
    }

    private <T> T refuse(String name, String problem) {
        problems.accept(name + ": " + problem);
        return null;
    }

    /** Standard input must stay open for the process; closing the reader must not close it. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
