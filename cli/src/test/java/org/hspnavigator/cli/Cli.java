package org.hspnavigator.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hspnavigator.formats.text.LanguageEnvironment;

/** Runs the real {@code hsp} command object in-process, as the launcher does, and captures what it prints. */
public final class Cli {

    /** The clock the tests run on: 2026-11-27 in Japan. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    /** What one run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    public static Run run(String... args) {
        return runWithInput(new byte[0], args);
    }

    public static Run runWithInput(String stdin, String... args) {
        return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    public static Run runWithInput(byte[] stdin, String... args) {
        return runWithStream(new ByteArrayInputStream(stdin), args);
    }

    public static Run runWithStream(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = HspCommand.commandLineFor(args, new PrintWriter(out), new PrintWriter(err), CLOCK, stdin)
                .execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** As {@link #run}, with the language's environment ({@code HSP_LANG}, the system's locale) of {@code environment}. */
    public static Run runIn(LanguageEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = HspCommand.commandLineFor(args, new PrintWriter(out), new PrintWriter(err), CLOCK,
                new ByteArrayInputStream(new byte[0]), environment).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** As {@link #run}, on the command line that holds every subcommand whatever the first argument. */
    public static Run runWithEveryCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = HspCommand.commandLine(new PrintWriter(out), new PrintWriter(err), CLOCK,
                new ByteArrayInputStream(new byte[0])).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
