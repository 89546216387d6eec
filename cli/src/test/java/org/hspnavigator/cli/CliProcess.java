package org.hspnavigator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code hsp} in a JVM of its own, for what a test cannot set in its own process: a small heap,
 * a temporary folder of the test's own (the JVM reads {@code java.io.tmpdir} once, at its start).
 */
public final class CliProcess {

    private CliProcess() {
    }

    /** {@code hsp ARGS} in a new JVM with {@code jvmOptions}, its standard error piped apart from its output. */
    public static Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), "org.hspnavigator.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    /** The class path of the tests, on which the command's classes are. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
