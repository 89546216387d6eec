package org.hspnavigator.cli.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * What went wrong with a file, in the words a person reads on the command line: "no such file",
 * "permission denied", "is a folder", or the operating system's own reason ("read-only file system"),
 * never the name of a Java exception class.
 */
public final class FileProblems {

    private FileProblems() {
    }

    /** Why a file could not be opened or read. */
    public static String reading(IOException problem) {
        return known(problem, "no such file", "cannot be read");
    }

    /** Why a file could not be created or written. */
    public static String writing(IOException problem) {
        return known(problem, "cannot be created (no such folder)", "cannot be written");
    }

    private static String known(IOException problem, String noSuchFile, String cannot) {
        if (problem instanceof NoSuchFileException) {
            return noSuchFile;
        }
        if (problem instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = reason(problem);
        if (reason.equals("is a directory")) {
            return "is a folder, not a file";
        }
        return cannot + (reason.isEmpty() ? "" : ": " + reason);
    }

    /**
     * The operating system's reason, in lower case as in the rest of a message ("no space left on
     * device"); empty when there is none. A FileSystemException's message repeats the file's name, which
     * the caller gives already.
     */
    private static String reason(IOException problem) {
        String reason = problem instanceof FileSystemException system ? system.getReason() : problem.getMessage();
        if (reason == null || reason.isBlank()) {
            return "";
        }
        return reason.strip().toLowerCase(Locale.ROOT);
    }
}
