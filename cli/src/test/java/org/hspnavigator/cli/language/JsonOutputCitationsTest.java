package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.RepositoryFileNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON outputs of {@code hsp score}, {@code advise}, {@code pr}, {@code family}, {@code checklist} and
 * {@code faq} for the examples, in every language, cite official sources and never a file of the repository
 * ({@code docs/rules.md §2}, {@code system.md}): a program that shows them to its users passes the name on to
 * readers who cannot open our files.
 */
class JsonOutputCitationsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final List<String> FILE_NAMES = List.of("rules.md", "system.md", "points.md", "docs/");

    static Stream<Arguments> outputs() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String applicant : List.of("mr-zhang.json", "ms-li.json", "dr-wang.json", "profiles.json")) {
                all.add(Arguments.of(language.tag(), "score", applicant));
            }
            all.add(Arguments.of(language.tag(), "advise", "ms-li.json"));
            all.add(Arguments.of(language.tag(), "pr", "case-zhang.json"));
            all.add(Arguments.of(language.tag(), "family", "case-zhang.json"));
            all.add(Arguments.of(language.tag(), "checklist", "case-zhang.json --procedure change"));
            all.add(Arguments.of(language.tag(), "faq", ""));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "hsp {1} --json --lang {0} {2}")
    @MethodSource("outputs")
    void namesNoRepositoryFile(String tag, String command, String arguments) {
        List<String> args = new ArrayList<>(List.of(command, "--json", "--lang", tag));
        if (!arguments.isEmpty()) {
            String[] words = arguments.split(" ");
            args.add(EXAMPLES.resolve(words[0]).toString());
            args.addAll(List.of(words).subList(1, words.length));
        }
        Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as("hsp %s --json", command).isNotBlank();
        for (String name : FILE_NAMES) {
            assertThat(run.out()).as("hsp %s --json", command).doesNotContain(name);
        }
        assertThat(RepositoryFileNames.named(run.out())).as(run.out()).isEmpty();
    }
}
