package org.hspnavigator.cli.input;

import java.io.InputStream;
import java.time.Clock;
import org.hspnavigator.formats.text.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The arguments every command that assesses a case takes (pr, family, checklist): the case file,
 * {@code --date} and {@code --json}, as a picocli mixin. The command factory gives it the clock and
 * standard input, as it gives a command, so that tests fix both.
 */
public final class CaseArguments {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--json", description = "Print the result as JSON (described in the README) instead of text.")
    private boolean json;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date of the application or assessment (default: today in Japan; from 2013-12-24 "
                    + "to one year after today).")
    private String date;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case JSON file, or - to read standard input.")
    private String file;

    private final Clock clock;
    private final InputStream stdin;

    public CaseArguments(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    public boolean json() {
        return json;
    }

    /** The case file as given ({@code -} for standard input). */
    public String file() {
        return file;
    }

    /** The value of {@code --date}, null when absent (today). */
    public String date() {
        return date;
    }

    /** Reads the case and reports its problems, in {@code language}, in the name of the command this mixin belongs to. */
    public CaseInput input(Language language) {
        return new CaseInput(command, clock, stdin, language);
    }
}
