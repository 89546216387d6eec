import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The README's commands, checked against the built jar: every {@code ./hsp} command of the README's
 * fenced blocks must name only files the repository holds, and every command shown with its output
 * (a line {@code $ ./hsp ...} in a block, followed by the lines it prints) must print those lines. Run
 * by {@code .ci/run} after the build, as {@code java .ci/ReadmeCommands.java README.md cli/target/hsp.jar};
 * exits 1 naming every command that fails.
 *
 * <p>Each command runs in a fresh copy of {@code examples/} in an empty folder, with {@code ./hsp}
 * running the jar, so that what a command writes stays there. Its standard output and error are read
 * together, as a terminal shows them. The shown lines must appear in that order and next to each other;
 * a line {@code ...} stands for any number of lines left out, and {@code ...} within a line for any text
 * left out of it. Any other difference fails, exactly.
 *
 * <p>Skipped, and listed as skipped: {@code hsp serve} and the workspace's commands ({@code admin},
 * {@code backup}, {@code restore}), which start or change a server's database, and a command with a
 * placeholder in capitals ({@code hsp help COMMAND}), which is a pattern, not a command.
 */
public final class ReadmeCommands {

    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern PROMPT = Pattern.compile("^\\$ (.*)$");
    private static final Pattern HSP = Pattern.compile("(?:^|\\|\\s*)\\./hsp(\\s.*)?$");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?:^|\\s)[A-Z]{3,}(?:\\s|$)");
    private static final List<String> SERVER_COMMANDS = List.of("serve", "admin", "backup", "restore");
    private static final List<String> OUTPUT_OPTIONS = List.of("-o", "--output", "--errors");
    private static final long TIMEOUT_SECONDS = 300;

    /** A command of the README, the line it is on, and the lines shown as its output (null when none). */
    record Command(int line, String text, List<String> shown) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: java .ci/ReadmeCommands.java README.md JAR");
            System.exit(2);
        }
        Path readme = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args[1]).toAbsolutePath();
        Path repository = Path.of("").toAbsolutePath();
        List<Command> commands = commands(Files.readAllLines(readme, StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (Command command : commands) {
            String where = readme.getFileName() + ":" + command.line() + ": " + command.text();
            String skipped = skipReason(command.text());
            if (skipped != null) {
                System.out.println("skipped  " + where + " (" + skipped + ")");
                continue;
            }
            for (String file : inputFiles(command.text())) {
                if (!Files.isRegularFile(repository.resolve(file))) {
                    failures.add(where + "\n  names " + file + ", which the repository does not hold");
                }
            }
            if (command.shown() == null) {
                continue;
            }
            run++;
            List<String> printed = run(command.text(), repository, jar);
            if (!matches(command.shown(), printed)) {
                failures.add(where + "\n  shows:\n" + indent(command.shown()) + "  but printed:\n" + indent(printed));
            } else {
                System.out.println("ok       " + where);
            }
        }
        System.out.println(commands.size() + " commands, " + run + " run with their shown output, "
                + failures.size() + " failures");
        if (!failures.isEmpty()) {
            failures.forEach(failure -> System.err.println("FAILED   " + failure));
            System.exit(1);
        }
    }

    /**
     * The {@code ./hsp} commands of the fenced blocks: in a shell block every line that runs one (its
     * comment cut off); in any block every {@code $ } line that does, with the lines up to the next
     * prompt or the end of the block as its shown output.
     */
    static List<Command> commands(List<String> lines) {
        List<Command> commands = new ArrayList<>();
        String language = null;
        Command open = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                language = language == null ? fence.group(1) : null;
                open = null;
                continue;
            }
            if (language == null) {
                continue;
            }
            Matcher prompt = PROMPT.matcher(line);
            if (prompt.matches()) {
                open = HSP.matcher(prompt.group(1)).find() ? new Command(i + 1, prompt.group(1), new ArrayList<>()) : null;
                if (open != null) {
                    commands.add(open);
                }
            } else if (open != null) {
                open.shown().add(line);
            } else if (language.equals("sh")) {
                String command = withoutComment(line).strip();
                if (HSP.matcher(command).find()) {
                    commands.add(new Command(i + 1, command, null));
                }
            }
        }
        return commands;
    }

    /** Why a command is not checked, or null when it is. */
    static String skipReason(String command) {
        String arguments = command.substring(command.indexOf("./hsp") + "./hsp".length()).strip();
        String name = arguments.isEmpty() ? "" : arguments.split("\\s+")[0];
        if (SERVER_COMMANDS.contains(name)) {
            return "hsp " + name + " starts the server or changes its database";
        }
        if (PLACEHOLDER.matcher(arguments).find()) {
            return "a pattern with a placeholder in capitals";
        }
        return null;
    }

    /**
     * The files a command reads: its arguments ending in .json or .csv that are not where it writes (the
     * value of an output option, and the file {@code hsp new} writes).
     */
    static List<String> inputFiles(String command) {
        List<String> files = new ArrayList<>();
        if (command.matches(".*\\./hsp\\s+new\\s.*")) {
            return files;
        }
        String[] words = command.replaceAll("'[^']*'", "''").split("\\s+");
        for (int i = 0; i < words.length; i++) {
            boolean written = i > 0 && OUTPUT_OPTIONS.contains(words[i - 1]);
            if (!written && (words[i].endsWith(".json") || words[i].endsWith(".csv"))) {
                files.add(words[i]);
            }
        }
        return files;
    }

    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** What the command prints, standard output and error together, run by bash in a fresh copy. */
    private static List<String> run(String command, Path repository, Path jar) throws IOException, InterruptedException {
        Path copy = Files.createTempDirectory("readme-commands");
        try {
            copyTree(repository.resolve("examples"), copy.resolve("examples"));
            Path launcher = copy.resolve("hsp");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -jar '" + jar + "' \"$@\"\n");
            launcher.toFile().setExecutable(true);
            Process process = new ProcessBuilder("bash", "-c", command).directory(copy.toFile())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of("(no end after " + TIMEOUT_SECONDS + " s)");
            }
            return new String(output, StandardCharsets.UTF_8).lines().toList();
        } finally {
            deleteTree(copy);
        }
    }

    /**
     * Whether {@code shown} appears in {@code printed}: line after line, a line {@code ...} matching any
     * number of lines and {@code ...} within a line any text.
     */
    static boolean matches(List<String> shown, List<String> printed) {
        for (int start = 0; start <= printed.size(); start++) {
            if (matchesFrom(shown, 0, printed, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesFrom(List<String> shown, int s, List<String> printed, int p) {
        if (s == shown.size()) {
            return true;
        }
        if (shown.get(s).strip().equals("...")) {
            for (int next = p; next <= printed.size(); next++) {
                if (matchesFrom(shown, s + 1, printed, next)) {
                    return true;
                }
            }
            return false;
        }
        return p < printed.size() && lineMatches(shown.get(s), printed.get(p)) && matchesFrom(shown, s + 1, printed, p + 1);
    }

    private static boolean lineMatches(String shown, String printed) {
        String[] parts = shown.split(Pattern.quote("..."), -1);
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            pattern.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return printed.matches(pattern.toString());
    }

    private static String indent(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append("    ").append(line).append('\n'));
        return text.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
