package org.hspnavigator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.HostileText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the command line's own entry point ({@link Main#run}, as the launcher calls it),
 * from a seeded {@link Random} (rerun one with {@code -Dhsp.fuzz.seed=N -Dhsp.fuzz.cases=1}; run more
 * with {@code -Dhsp.fuzz.cases=N}): the example profiles, cases and batch CSV mutated by {@link HostileText}
 * (values replaced, texts cut, invalid UTF-8, deep nesting, long strings, huge documents, random bytes),
 * read from a file or from standard input by every command that reads them. Each run ends with exit 0
 * (the mutation left a valid document), 2 with a message on standard error, or 3 for a batch with
 * invalid rows; never 1, never a stack trace or an exception's name.
 */
class HostileFilesTest {

    private static final long SEED = Long.getLong("hsp.fuzz.seed", 20261205L);
    private static final int CASES = Integer.getInteger("hsp.fuzz.cases", 240);

    @TempDir
    Path dir;

    /** A command and the kind of file it reads. */
    private record Command(String kind, List<String> args) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("profile", List.of("score")),
            new Command("profile", List.of("score", "--json")),
            new Command("profile", List.of("advise", "--limit", "2")),
            new Command("case", List.of("pr")),
            new Command("case", List.of("pr", "--json")),
            new Command("case", List.of("family")),
            new Command("case", List.of("checklist", "--procedure", "change")),
            new Command("csv", List.of("batch")));

    @Test
    void hostileFilesEndWithAClearMessageAndNeverAStackTrace() throws IOException {
        String profile = Files.readString(example("mr-zhang.json"));
        String profiles = Files.readString(example("profiles.json"));
        String applicantCase = Files.readString(example("case-zhang.json"));
        String csv = Files.readString(example("candidates.csv"));
        Map<String, Integer> exits = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            Random random = new Random(seed);
            // The command follows from the seed too, so that one seed alone replays a run.
            Command command = COMMANDS.get((int) Math.floorMod(seed, (long) COMMANDS.size()));
            byte[] content = switch (command.kind()) {
                case "profile" -> random.nextInt(8) == 0 ? HostileText.huge(2 << 20)
                        : HostileText.json(random, random.nextBoolean() ? profile : profiles);
                case "case" -> HostileText.json(random, applicantCase);
                default -> HostileText.csv(random, csv);
            };
            boolean fromStandardInput = random.nextInt(3) == 0;
            Path file = dir.resolve("input-" + i + (command.kind().equals("csv") ? ".csv" : ".json"));
            List<String> args = new ArrayList<>(command.args());
            if (fromStandardInput) {
                args.add("-");
            } else {
                Files.write(file, content);
                args.add(file.toString());
            }
            if (command.kind().equals("csv")) {
                args.addAll(List.of("-o", dir.resolve("out-" + i + ".csv").toString()));
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                    new ByteArrayInputStream(fromStandardInput ? content : new byte[0]));
            exits.merge(command.args().get(0) + " " + exit, 1, Integer::sum);
            String what = "seed " + seed + ": hsp " + String.join(" ", args) + " on "
                    + shortened(new String(content, java.nio.charset.StandardCharsets.UTF_8));
            boolean allowed = exit == 0 || exit == 2 || exit == 3 && command.kind().equals("csv");
            if (!allowed) {
                wrong.add(what + ": exit " + exit + ": " + shortened(err.toString()));
            }
            if (exit == 2 && err.toString().isBlank()) {
                wrong.add(what + ": exit 2 without a message");
            }
            String printed = out + "\n" + err;
            if (printed.contains("\tat ") || printed.contains("Exception") || printed.contains("Caused by")) {
                wrong.add(what + ": a stack trace or an exception's name: " + shortened(err.toString()));
            }
            Files.deleteIfExists(file);
        }
        System.out.printf("Hostile files: seed %d, %d runs; exit codes by command: %s; problems: %d%n", SEED, CASES,
                exits, wrong.size());
        assertThat(wrong).isEmpty();
    }

    private static Path example(String name) {
        return CaseFiles.repositoryRoot().resolve("examples").resolve(name);
    }

    private static String shortened(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "...(" + text.length() + ")" : text;
    }
}
