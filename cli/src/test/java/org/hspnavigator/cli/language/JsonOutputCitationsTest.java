package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.RepositoryFileNames;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

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
    void citesOfficialSourcesAndNoRepositoryFile(String tag, String command, String arguments) throws InvalidInputException {
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
        everyRuleCitesOfficialSources(StrictJson.parse(run.out()), command);
    }

    /**
     * Each scored item, each family preference and each myth names the official documents of its rule; an id
     * an item or preference cites is listed with its address under the answer's {@code sources}.
     */
    private static void everyRuleCitesOfficialSources(JsonNode answer, String command) {
        switch (command) {
            case "score" -> {
                Iterable<JsonNode> assessments = answer.isArray() ? answer : List.of(answer);
                for (JsonNode assessment : assessments) {
                    Set<String> listed = listedIds(assessment);
                    for (JsonNode category : assessment.get("assessments")) {
                        List<JsonNode> items = new ArrayList<>();
                        category.get("items").forEach(items::add);
                        category.get("notCounted").forEach(items::add);
                        assertThat(items).isNotEmpty();
                        items.forEach(item -> assertCitesListed(item, listed));
                    }
                }
            }
            case "family" -> {
                Set<String> listed = listedIds(answer);
                answer.get("preferences").forEach(preference -> assertCitesListed(preference, listed));
            }
            case "faq" -> answer.forEach(myth -> assertThat(myth.get("sources")).as(myth.toString()).isNotEmpty()
                    .allSatisfy(source -> assertThat(source.stringValue()).isNotBlank()));
            default -> {
            }
        }
    }

    private static Set<String> listedIds(JsonNode answer) {
        Set<String> ids = new HashSet<>();
        answer.get("sources").forEach(source -> {
            assertThat(source.get("url").stringValue()).startsWith("https://");
            ids.add(source.get("id").stringValue());
        });
        return ids;
    }

    private static void assertCitesListed(JsonNode cited, Set<String> listed) {
        assertThat(cited.get("sources")).as(cited.toString()).isNotEmpty()
                .allSatisfy(id -> assertThat(listed).contains(id.stringValue()));
    }
}
