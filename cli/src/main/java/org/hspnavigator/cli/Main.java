package org.hspnavigator.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The entry point of the {@code hsp} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = HspCommand.commandLine(out, err, Clock.systemUTC(), System.in).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
