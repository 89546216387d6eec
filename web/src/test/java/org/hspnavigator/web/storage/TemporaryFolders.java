package org.hspnavigator.web.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The temporary folders of the tests' databases (hsp-test-*), deleted with all they hold when the test
 * JVM ends. {@code File.deleteOnExit} would not do: it deletes only an empty folder, and a database
 * folder holds the SQLite file and its journal.
 */
public final class TemporaryFolders {

    private static final List<Path> MADE = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFolders::deleteAll, "hsp-test-folders"));
    }

    private TemporaryFolders() {
    }

    /** A new empty folder in the system's temporary folder, deleted when the JVM ends. */
    public static Path create() {
        try {
            Path folder = Files.createTempDirectory("hsp-test-");
            synchronized (MADE) {
                MADE.add(folder);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll() {
        synchronized (MADE) {
            MADE.forEach(TemporaryFolders::delete);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // The JVM is ending: what cannot be deleted now stays for the system to clear.
        }
    }
}
