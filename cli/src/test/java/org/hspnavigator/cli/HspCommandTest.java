package org.hspnavigator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command, and the command line the launcher runs: one that holds only the subcommand
 * named first must behave exactly as the one that holds them all.
 */
class HspCommandTest {

    private static final String ZHANG = example("mr-zhang.json");
    private static final String CASE = example("case-zhang.json");
    private static final String CANDIDATES = example("candidates.csv");
    private static final List<String> ALL = List.of("score", "advise", "batch", "pr", "family", "checklist", "report", "faq", "new", "serve",
            "admin", "backup", "restore", "help");

    @Test
    void eachCommandIsListedUnderTheNameOfItsAnnotation() {
        for (Map.Entry<String, Class<?>> command : HspCommand.commands().entrySet()) {
            assertThat(command.getValue().getAnnotation(Command.class).name()).isEqualTo(command.getKey());
        }
        assertThat(full().getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    }

    @Test
    void aNamedCommandIsTheOnlySubcommand() {
        for (String name : HspCommand.commands().keySet()) {
            assertThat(forArgs(name, "--help").getSubcommands().keySet()).containsExactly(name);
        }
    }

    @Test
    void everyCommandButFaqReadsTheRules() {
        for (String name : HspCommand.commands().keySet()) {
            assertThat(HspCommand.readsRules(new String[] {name, "x"})).as(name).isEqualTo(!name.equals("faq"));
        }
        assertThat(HspCommand.readsRules(new String[] {"--version"})).isFalse();
        assertThat(HspCommand.readsRules(new String[] {"help", "score"})).isFalse();
        assertThat(HspCommand.readsRules(new String[0])).isFalse();
        assertThat(HspCommand.readsRules(new String[] {"score", "--help"})).isFalse();
        assertThat(HspCommand.readsRules(new String[] {"batch", "-h"})).isFalse();
        assertThat(HspCommand.readsRules(new String[] {"pr", "-V"})).isFalse();
        assertThat(HspCommand.readsRules(new String[] {"advise", "x", "--version"})).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argumentsThatNameNoCommand")
    void anyOtherFirstArgumentGetsEveryCommand(List<String> args) {
        assertThat(forArgs(args.toArray(String[]::new)).getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    }

    static Stream<List<String>> argumentsThatNameNoCommand() {
        return Stream.of(List.of(), List.of("--help"), List.of("--version"), List.of("help", "score"),
                List.of("scor", ZHANG), List.of("Score", ZHANG), List.of("--json", "score", ZHANG), List.of(""));
    }

    @Test
    void helpListsEveryCommandAndAMistypedOneIsAUsageError() {
        Run help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        for (String name : ALL) {
            assertThat(help.out()).containsPattern("(?m)^  " + name + " ");
        }
        Run mistyped = Cli.run("scor", ZHANG);
        assertThat(mistyped.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(mistyped.err()).startsWith("hsp: unknown command 'scor'; did you mean 'score'? (commands: score,")
                .contains("Try 'hsp --help'");
        Run mistypedOption = Cli.run("score", "--jsn", ZHANG);
        assertThat(mistypedOption.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(mistypedOption.err()).startsWith("hsp score: Unknown option: '--jsn'; did you mean '--json'?")
                .contains("Try 'hsp score --help'");
        assertThat(Cli.run("help", "batch").out()).contains("Usage: hsp batch");
    }

    @Test
    void everyCommandPrintsTheVersion() {
        String version = Cli.run("--version").out();
        assertThat(version).startsWith("hsp ");
        for (String name : HspCommand.commands().keySet()) {
            for (String option : List.of("-V", "--version")) {
                Run run = Cli.run(name, option);
                assertThat(run.exitCode()).as("%s %s", name, option).isZero();
                assertThat(run.out()).as("%s %s", name, option).isEqualTo(version);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void runsAsTheCommandLineWithEveryCommand(List<String> args) {
        String[] argv = args.toArray(String[]::new);
        Run expected = Cli.runWithEveryCommand(argv);
        Run actual = Cli.run(argv);
        assertThat(actual.exitCode()).isEqualTo(expected.exitCode());
        assertThat(actual.out()).isEqualTo(expected.out());
        assertThat(withoutTimes(actual.err())).isEqualTo(withoutTimes(expected.err()));
    }

    static Stream<List<String>> commandLines() {
        List<List<String>> lines = new ArrayList<>(List.of(
                List.of(),
                List.of("--help"),
                List.of("scor", ZHANG),
                List.of("help", "scor"),
                List.of("score", ZHANG),
                List.of("score", "--json", "--category", "business_management", ZHANG),
                List.of("score", "--frobnicate", ZHANG),
                List.of("score"),
                List.of("score", ZHANG, "extra.json"),
                List.of("score", "batch"),
                List.of("score", "help"),
                List.of("score", "--version"),
                List.of("advise", "--target", "80", ZHANG),
                List.of("advise", "--target", "75", ZHANG),
                List.of("batch", CANDIDATES, "-o", "-"),
                List.of("batch", CANDIDATES),
                List.of("batch", "--encoding", "nope", CANDIDATES, "-o", "-"),
                List.of("pr", "--json", "--date", "2026-11-27", CASE),
                List.of("family", CASE),
                List.of("checklist", "--procedure", "change", CASE),
                List.of("checklist", CASE),
                List.of("faq", "d"),
                List.of("faq", "zz"),
                List.of("faq", "--yaml")));
        for (String name : HspCommand.commands().keySet()) {
            lines.add(List.of(name, "--help"));
        }
        return lines.stream();
    }

    private static CommandLine full() {
        return HspCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Cli.CLOCK, new ByteArrayInputStream(new byte[0]));
    }

    private static CommandLine forArgs(String... args) {
        return HspCommand.commandLineFor(args, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Cli.CLOCK, new ByteArrayInputStream(new byte[0]));
    }

    /** A batch's summary line says how long it took, which differs from run to run. */
    private static String withoutTimes(String err) {
        return err.replaceAll("in [0-9.]+ s \\([0-9]+ rows/s\\)", "in T s (N rows/s)");
    }

    private static String example(String name) {
        return CaseFiles.repositoryRoot().resolve("examples").resolve(name).toString();
    }
}
