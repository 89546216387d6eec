package org.hspnavigator.cli.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.profile.DateParameter;
import org.hspnavigator.formats.profile.DocumentKind;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.profile.WrongDocumentException;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;

/**
 * What every command that reads a JSON document shares: opening FILE (a path, or {@code -} for
 * standard input), the {@code --date} option, and reporting problems on stderr as
 * {@code hsp COMMAND: problem}, one line each, so that all commands fail in the same words.
 */
public final class CommandInput {

    /** Problems shown of an invalid input; a count stands for the rest. */
    static final int MAX_PROBLEMS_SHOWN = 100;

    private final String command;
    private final InputStream stdin;
    private final PrintWriter err;
    private final ReferenceDates referenceDates;
    private final Language language;

    /**
     * @param command  how messages name the command, e.g. {@code hsp score}
     * @param clock    "today", for the default date and the one-year limit
     * @param earliest the first date the rules cover
     * @param language the language of the problems reported
     */
    public CommandInput(String command, Clock clock, LocalDate earliest, InputStream stdin, PrintWriter err,
            Language language) {
        this.command = command;
        this.stdin = stdin;
        this.err = err;
        this.referenceDates = new ReferenceDates(clock, earliest);
        this.language = language;
    }

    /** The language of the problems reported. */
    public Language language() {
        return language;
    }

    public ReferenceDates referenceDates() {
        return referenceDates;
    }

    /** Today in Japan. */
    public LocalDate today() {
        return referenceDates.today();
    }

    /**
     * The date given to {@code --date} ({@code value}; null when the option is absent, which means
     * today); empty after reporting a value that is not a real date in the supported range.
     */
    public Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.of(today());
        }
        DateParameter.Parsed parsed = DateParameter.parse(value, referenceDates);
        if (parsed.date() != null) {
            return Optional.of(parsed.date());
        }
        error("--date: " + parsed.problem().text(language));
        return Optional.empty();
    }

    /**
     * The stream of {@code file}, or null after reporting why it cannot be read; {@code what} names
     * the kind of file expected ("a profile file").
     */
    public InputStream open(String file, String what) {
        if (file.equals("-")) {
            if (stdin instanceof TerminalInput) {
                error(CommandTexts.problems(language).text("input.terminal." + expected(what), command));
            }
            return new NonClosing(stdin);
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                error(file + ": " + notAFile(what));
                return null;
            }
            return Files.newInputStream(path);
        } catch (IOException e) {
            error(file + ": " + FileProblems.reading(e, language));
        }
        return null;
    }

    /** A folder given where {@code what} (a profile file, a case file, or either) is expected. */
    private String notAFile(String what) {
        return CommandTexts.problems(language).text(switch (expected(what)) {
            case "case" -> "file.folderNotCase";
            case "profileOrCase" -> "file.folderNotProfileOrCase";
            default -> "file.folderNotProfile";
        });
    }

    /** The key part of {@code what}: {@code profile}, {@code case} or {@code profileOrCase}. */
    private static String expected(String what) {
        return switch (what) {
            case "a profile file" -> "profile";
            case "a case file" -> "case";
            case "a profile or case file" -> "profileOrCase";
            default -> throw new IllegalArgumentException("no texts for a file that is " + what);
        };
    }

    /** Reports the problems found in {@code file}, each starting with its JSON path. */
    public void reportInvalid(String file, List<Violation> violations) {
        reportInvalid(file, violations, violations.size());
    }

    /**
     * Reports the problems found in {@code file}: {@code first}, the first ones found (those beyond
     * {@link #MAX_PROBLEMS_SHOWN} are not shown), of {@code total}.
     */
    void reportInvalid(String file, List<Violation> first, long total) {
        CommandTexts texts = new CommandTexts(language);
        // Standard input has a heading of its own: the one of a file leaves a space after its name.
        err.println(command + ": " + (file.equals("-") ? CommandTexts.problems(language).text("input.invalid.standardInput")
                : texts.text("input.invalid", file)));
        first.stream().limit(MAX_PROBLEMS_SHOWN).forEach(violation -> err.println("  " + violation.message(language)));
        if (total > MAX_PROBLEMS_SHOWN) {
            err.println("  " + texts.text("input.moreProblems", Long.toString(total - MAX_PROBLEMS_SHOWN)));
        }
        err.flush();
    }

    /**
     * Reports a document of the wrong kind, a case given for a profile or a profile for a case, with
     * the commands that read it.
     */
    public void reportWrongDocument(String file, WrongDocumentException wrong) {
        CommandTexts texts = new CommandTexts(language);
        error(texts.text(wrong.found() == DocumentKind.CASE ? "input.wrongDocument.case" : "input.wrongDocument.profile",
                shown(file, texts), wrong.violations().get(0).problem(language), wrong.found().what().text(language)));
    }

    /** A problem of the input as the language writes it. */
    public String text(Problem problem) {
        return problem.text(language);
    }

    private static String shown(String file, CommandTexts texts) {
        return file.equals("-") ? texts.text("input.standardInput") : file;
    }

    /** Reports one problem as {@code hsp COMMAND: problem}. */
    public void error(String problem) {
        err.println(command + ": " + problem);
        err.flush();
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
