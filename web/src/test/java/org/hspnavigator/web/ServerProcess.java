package org.hspnavigator.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.web.admin.ToolCommand;

/**
 * The server as a process of its own, started from the test class path as {@code ./hsp serve} starts
 * it, with a heap of the test's choosing, its whole output in a log file the test can read, and its
 * SQLite database in a folder of the test's; the administration commands run on that folder in-process.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the server on a free port with {@code heap} (-Xmx...) and the environment given, and waits until it listens. */
    public static ServerProcess start(Path dataDir, String heap, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path log = dataDir.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), heap,
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "org.hspnavigator.web.HspServer", "--port", "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(dataDir.toFile());
        builder.environment().put("HSP_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            return new ServerProcess(process, log, awaitPort(process, log));
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Runs {@code hsp admin|backup|restore} on the data folder; returns what it printed on standard output. */
    public static String tool(Path dataDir, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = new HashMap<>();
        environment.put("HSP_DATA_DIR", dataDir.toString());
        int code = new ToolCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null, environment).run(args);
        if (code != 0) {
            throw new IllegalStateException("hsp " + String.join(" ", args) + " exited with " + code + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the server has written so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The last 4000 characters of the log, for a failure's message. */
    public String tail() {
        String text = log();
        return text.substring(Math.max(0, text.length() - 4000));
    }

    /** The peak resident memory of the process (VmHWM of /proc, on Linux). */
    public Optional<String> peakResidentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:")).map(line -> line.substring(6).strip()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int awaitPort(Process server, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (started.find()) {
                    return Integer.parseInt(started.group(1));
                }
            }
            if (!server.isAlive()) {
                throw new AssertionError("the server ended before it listened:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start within 180 s");
    }
}
