package org.hspnavigator.cli.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.Language;

/**
 * What went wrong with a file, in the words a person reads on the command line, in the command's
 * language: "no such file", "permission denied", "is a folder", or the operating system's own reason
 * ("read-only file system"), never the name of a Java exception class.
 */
public final class FileProblems {

    private FileProblems() {
    }

    /** Why a file could not be opened or read, in English. */
    public static String reading(IOException problem) {
        return reading(problem, Language.EN);
    }

    /** Why a file could not be created or written, in English. */
    public static String writing(IOException problem) {
        return writing(problem, Language.EN);
    }

    /** Why a file could not be opened or read, in {@code language}. */
    public static String reading(IOException problem, Language language) {
        return known(problem, CommandTexts.problems(language), "file.noSuchFile", "file.cannotRead");
    }

    /** Why a file could not be created or written, in {@code language}. */
    public static String writing(IOException problem, Language language) {
        return known(problem, CommandTexts.problems(language), "file.noSuchFolder", "file.cannotWrite");
    }

    private static String known(IOException problem, CommandTexts texts, String noSuchFile, String cannot) {
        if (problem instanceof NoSuchFileException) {
            return texts.text(noSuchFile);
        }
        if (problem instanceof AccessDeniedException) {
            return texts.text("file.permissionDenied");
        }
        String reason = reason(problem);
        if (reason.equals("is a directory")) {
            return texts.text("file.isFolder");
        }
        return reason.isEmpty() ? texts.text(cannot) : texts.text(cannot + "Because", reason);
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
