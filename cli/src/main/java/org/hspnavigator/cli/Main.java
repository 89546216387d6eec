package org.hspnavigator.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.hspnavigator.cli.input.TerminalInput;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.hspnavigator.engine.scoring.PointsEngine;

/** The entry point of the {@code hsp} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode;
        try {
            exitCode = run(args, out, err, TerminalInput.standardInput());
        } catch (OutOfMemoryError e) {
            // Whatever the input, a person reads one line they can act on, never a stack trace.
            err.println("hsp: out of memory: the Java heap is full; give the JVM more (java -Xmx2g, or HSP_JAVA_OPTS=-Xmx2g for ./hsp)");
            exitCode = ExitCodes.INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Runs one command as the launcher does, and returns its exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, InputStream stdin) {
        if (HspCommand.readsRules(args)) {
            RuleLoader.start();
        }
        return HspCommand.commandLineFor(args, out, err, Clock.systemUTC(), stdin, LanguageEnvironment.system())
                .execute(args);
    }

    /**
     * Loads the official rules on a second thread while picocli builds its command model on the main
     * one; the command's own call then finds them loaded, or waits for the load to end. Started only
     * for a command that reads the rules: on two cores, a load that nobody waits for slows the command
     * that runs beside it. A daemon, so that a command that ends before the load does not wait for it.
     */
    private static final class RuleLoader implements Runnable {

        static void start() {
            Thread thread = new Thread(new RuleLoader(), "hsp-rule-loader");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            try {
                PointsEngine.official();
            } catch (Throwable failure) {
                // A failed load is not kept: the command that needs the rules loads them again and
                // reports the failure itself, exactly as it would without this thread.
            }
        }
    }
}
