package org.hspnavigator.web;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.hspnavigator.cli.HspCommand;

/** Runs the real command objects of {@code hsp} in this process, on the tests' clock, as the parity tests need. */
public final class CommandLine {

    /** What one run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    private CommandLine() {
    }

    public static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    public static Run run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = HspCommand.commandLineFor(args, new PrintWriter(out), new PrintWriter(err), FixedClock.CLOCK,
                new ByteArrayInputStream(stdin)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
