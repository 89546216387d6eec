package org.hspnavigator.cli;

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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The input of the commands that take a case file (spec/profile.md, "Case") and a {@code --date}:
 * reads the case from a path or standard input and checks the date as {@code hsp score} does. Every
 * problem is reported on stderr in the command's name, one line each, and the caller exits with 2.
 */
public final class CaseInput {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_PROBLEMS_SHOWN = 100;

    private final CommandSpec spec;
    private final String command;
    private final InputStream stdin;
    private final ReferenceDates referenceDates;

    public CaseInput(CommandSpec spec, Clock clock, InputStream stdin) {
        this.spec = spec;
        this.command = spec.qualifiedName();
        this.stdin = stdin;
        this.referenceDates = new ReferenceDates(clock, RuleBook.official().earliestDate());
    }

    /** Today in Japan. */
    public LocalDate today() {
        return referenceDates.today();
    }

    /**
     * The date given to {@code --date} ({@code value}, null when the option is absent: today); empty
     * after reporting a value that is not a real date in the supported range.
     */
    public Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.of(today());
        }
        String problem;
        if (!ISO_DATE.matcher(value).matches()) {
            problem = "\"" + value + "\" is not a date in the form YYYY-MM-DD";
        } else {
            try {
                LocalDate parsed = LocalDate.parse(value);
                Optional<String> outOfRange = referenceDates.problem(parsed);
                if (outOfRange.isEmpty()) {
                    return Optional.of(parsed);
                }
                problem = outOfRange.get();
            } catch (DateTimeParseException e) {
                problem = "\"" + value + "\" is not a real date";
            }
        }
        error("--date: " + problem);
        return Optional.empty();
    }

    /** The case in {@code file} ({@code -} for standard input); empty after reporting why it cannot be read. */
    public Optional<ApplicantCase> read(String file) throws IOException {
        try (InputStream in = open(file)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new CaseReader(referenceDates).read(in));
        } catch (InvalidInputException e) {
            PrintWriter err = spec.commandLine().getErr();
            List<Violation> violations = e.violations();
            err.println(command + ": invalid input in " + (file.equals("-") ? "standard input" : file) + ":");
            violations.stream().limit(MAX_PROBLEMS_SHOWN).forEach(v -> err.println("  " + v.message()));
            if (violations.size() > MAX_PROBLEMS_SHOWN) {
                err.println("  ... and " + (violations.size() - MAX_PROBLEMS_SHOWN) + " more problems");
            }
            err.flush();
            return Optional.empty();
        }
    }

    /** Reports one problem as {@code hsp COMMAND: problem}. */
    public void error(String problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(command + ": " + problem);
        err.flush();
    }

    private InputStream open(String file) {
        if (file.equals("-")) {
            return new NonClosing(stdin);
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                error(file + ": is a directory, not a case file");
                return null;
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            error(file + ": no such file");
        } catch (AccessDeniedException e) {
            error(file + ": permission denied");
        } catch (IOException e) {
            error(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
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
