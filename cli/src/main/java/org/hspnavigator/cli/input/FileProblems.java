package org.hspnavigator.cli.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Map;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.Language;

/**
 * What went wrong with a file, in the words a person reads on the command line, in the command's
 * language: "no such file", "permission denied", "is a folder", or the operating system's own reason
 * ("read-only file system"), never the name of a Java exception class. The system gives its reasons in
 * English whatever the language: the common ones are worded again from the {@code problems} bundles,
 * whose English texts are the system's own words; a reason not known stays as the system says it.
 */
public final class FileProblems {

    /** The keys of the operating system's common reasons (POSIX strerror texts, in lower case). */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("read-only file system", "file.reason.readOnly"),
            Map.entry("no space left on device", "file.reason.noSpace"),
            Map.entry("disk quota exceeded", "file.reason.quota"),
            Map.entry("not a directory", "file.reason.notFolder"),
            Map.entry("file name too long", "file.reason.nameTooLong"),
            Map.entry("too many levels of symbolic links", "file.reason.linkLoop"),
            Map.entry("input/output error", "file.reason.inputOutput"),
            Map.entry("too many open files", "file.reason.tooManyOpen"),
            Map.entry("file too large", "file.reason.tooLarge"),
            Map.entry("operation not permitted", "file.reason.notPermitted"),
            Map.entry("permission denied", "file.reason.permissionDenied"),
            Map.entry("no such file or directory", "file.reason.noSuchFile"));

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

    /**
     * Why a file could not be written, in {@code language}, for a message that says already that it could
     * not: the operating system's reason alone ("read-only file system", "no space left on device"), or
     * "cannot be written" when the system gave none.
     */
    public static String writingReason(IOException problem, Language language) {
        CommandTexts texts = CommandTexts.problems(language);
        if (problem instanceof NoSuchFileException) {
            return texts.text("file.noSuchFolder");
        }
        if (problem instanceof AccessDeniedException) {
            return texts.text("file.permissionDenied");
        }
        String reason = reason(problem);
        if (reason.isEmpty()) {
            return texts.text("file.cannotWrite");
        }
        if (reason.equals("is a directory")) {
            return texts.text("file.isFolder");
        }
        String key = REASONS.get(reason);
        return key == null ? reason : texts.text(key);
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
        if (reason.isEmpty()) {
            return texts.text(cannot);
        }
        String key = REASONS.get(reason);
        return texts.text(cannot + "Because", key == null ? reason : texts.text(key));
    }

    /** The operating system's reasons worded again, by the system's own words in lower case. */
    static Map<String, String> knownReasons() {
        return REASONS;
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
