package org.hspnavigator.cli.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.cli.DateOption;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;

/**
 * Reads the profile document a command is given: FILE (a path, or {@code -} for standard input) and
 * the optional {@code --date} override, validated like the profiles' own reference dates
 * (spec/profile.md). Every problem goes to stderr, prefixed with the command's name, one line per
 * problem naming the JSON path; the caller then exits with 2.
 */
public final class ProfileInput {

    private static final int MAX_PROBLEMS_SHOWN = 100;

    private final String command;
    private final InputStream stdin;
    private final PrintWriter err;
    private final ReferenceDates referenceDates;

    /**
     * @param command  how messages name the command, e.g. {@code hsp score}
     * @param clock    "today", for the default reference date and the one-year limit
     * @param earliest the first date the rules cover
     */
    public ProfileInput(String command, Clock clock, LocalDate earliest, InputStream stdin, PrintWriter err) {
        this.command = command;
        this.stdin = stdin;
        this.err = err;
        this.referenceDates = new ReferenceDates(clock, earliest);
    }

    /**
     * The profiles of {@code file}, scored as of {@code date} when it is not null; empty after
     * reporting every problem.
     */
    public Optional<ProfileDocument> read(String file, String date) throws IOException {
        ProfileReader reader = new ProfileReader(referenceDates);
        if (date != null) {
            Optional<LocalDate> override = parseDate(date);
            if (override.isEmpty()) {
                return Optional.empty();
            }
            reader = reader.withReferenceDate(override.get(), "--date");
        }
        try (InputStream in = open(file)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(ProfileDocuments.read(in, reader));
        } catch (InvalidInputException e) {
            reportInvalid(file, e.violations());
            return Optional.empty();
        }
    }

    /** Reports problems found by the command itself, in the same form as those of the reader. */
    public void reportInvalid(String file, List<Violation> violations) {
        String source = file.equals("-") ? "standard input" : file;
        err.println(command + ": invalid input in " + source + ":");
        violations.stream().limit(MAX_PROBLEMS_SHOWN).forEach(violation -> err.println("  " + violation.message()));
        if (violations.size() > MAX_PROBLEMS_SHOWN) {
            err.println("  ... and " + (violations.size() - MAX_PROBLEMS_SHOWN) + " more problems");
        }
        err.flush();
    }

    /** The input stream to read, or null after reporting why the file cannot be read. */
    private InputStream open(String file) {
        if (file.equals("-")) {
            return new NonClosing(stdin);
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                return fileError(file, "is a directory, not a profile file");
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            return fileError(file, "no such file");
        } catch (AccessDeniedException e) {
            return fileError(file, "permission denied");
        } catch (IOException e) {
            return fileError(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private InputStream fileError(String file, String problem) {
        err.println(command + ": " + file + ": " + problem);
        err.flush();
        return null;
    }

    private Optional<LocalDate> parseDate(String date) {
        DateOption.Parsed parsed = DateOption.parse(date, referenceDates);
        if (parsed.date() != null) {
            return Optional.of(parsed.date());
        }
        err.println(command + ": --date: " + parsed.problem());
        err.flush();
        return Optional.empty();
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
