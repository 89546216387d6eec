package org.hspnavigator.cli.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * The text outputs of {@code hsp score}, {@code advise}, {@code pr}, {@code family}, {@code checklist} and
 * {@code faq} that the tests of their wording read: every example applicant and case, and the input of
 * every case of cases/points, cases/pr, cases/family and cases/checklist, each in the command the case
 * file is written for, so that a text only an unusual profile reaches is read too.
 */
final class CommandOutputs {

    private static final Path ROOT = CaseFiles.repositoryRoot();
    private static final List<String> APPLICANTS = List.of("mr-zhang.json", "ms-li.json", "dr-wang.json");
    private static final List<String> CATEGORIES = List.of("ACADEMIC_RESEARCH", "SPECIALIZED_TECHNICAL", "BUSINESS_MANAGEMENT");
    private static final List<String> PROCEDURES = List.of("coe", "change", "extension", "pr");

    /** One command to run: what it is called in a failure, its arguments before {@code --lang}, and standard input. */
    record Command(String name, List<String> arguments, String stdin) {

        /** Runs the command in {@code language}. */
        Run run(Language language) {
            List<String> args = new ArrayList<>();
            args.add(arguments.get(0));
            args.addAll(List.of("--lang", language.tag()));
            args.addAll(arguments.subList(1, arguments.size()));
            return Cli.runWithInput(stdin, args.toArray(String[]::new));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private CommandOutputs() {
    }

    /** The commands on the example files: the ones a reader of the README runs first. */
    static List<Command> examples() {
        List<Command> commands = new ArrayList<>();
        for (String applicant : APPLICANTS) {
            String file = example(applicant);
            commands.add(command("score " + applicant, "score", file));
            commands.add(command("advise " + applicant, "advise", file));
            commands.add(command("advise --target 80 " + applicant, "advise", "--target", "80", file));
            for (String category : CATEGORIES) {
                commands.add(command("advise --category " + category + " " + applicant, "advise", "--category", category, file));
            }
        }
        commands.add(command("score profiles.json", "score", example("profiles.json")));
        String zhang = example("case-zhang.json");
        commands.add(command("pr case-zhang.json", "pr", zhang));
        commands.add(command("family case-zhang.json", "family", zhang));
        for (String procedure : PROCEDURES) {
            commands.add(command("checklist --procedure " + procedure + " case-zhang.json", "checklist", "--procedure", procedure, zhang));
        }
        commands.add(command("faq", "faq"));
        return commands;
    }

    /** The commands on the examples, then on the input of every case of the case files. */
    static List<Command> all() {
        List<Command> commands = new ArrayList<>(examples());
        for (Case c : cases("points")) {
            commands.add(new Command("score " + c.name(), List.of("score", "-"), c.text("input")));
            commands.add(new Command("advise " + c.name(), List.of("advise", "-"), c.text("input")));
        }
        for (Case c : cases("pr")) {
            commands.add(new Command("pr " + c.name(), List.of("pr", "--date", c.node().get("applicationDate").stringValue(), "-"),
                    c.text("input")));
        }
        for (Case c : cases("family")) {
            commands.add(new Command("family " + c.name(), List.of("family", "--date", c.node().get("date").stringValue(), "-"),
                    c.text("case")));
        }
        for (Case c : cases("checklist")) {
            List<String> args = new ArrayList<>(List.of("checklist", "--procedure", c.node().get("procedure").stringValue(),
                    "--date", c.node().get("date").stringValue()));
            if (c.node().has("expiry")) {
                args.addAll(List.of("--expiry", c.node().get("expiry").stringValue()));
            }
            args.add("-");
            commands.add(new Command("checklist " + c.name(), args, c.text("case")));
            commands.add(new Command("pr " + c.name(), List.of("pr", "--date", c.node().get("date").stringValue(), "-"),
                    c.text("case")));
        }
        return commands;
    }

    private record Case(String name, JsonNode node) {
        String text(String field) {
            return StrictJson.toText(node.get(field));
        }
    }

    private static List<Case> cases(String folder) {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> listing = Files.list(ROOT.resolve("cases").resolve(folder))) {
            for (Path file : listing.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : StrictJson.parse(Files.newInputStream(file))) {
                    cases.add(new Case(folder + "/" + file.getFileName() + " › " + node.get("name").stringValue(), node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a case file of cases/" + folder + " is not valid JSON", e);
        }
        return cases;
    }

    private static Command command(String name, String... arguments) {
        return new Command(name, List.of(arguments), "");
    }

    private static String example(String name) {
        return ROOT.resolve("examples").resolve(name).toString();
    }
}
