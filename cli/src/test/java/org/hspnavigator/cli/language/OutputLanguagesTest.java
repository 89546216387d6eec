package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readable outputs of {@code hsp score}, {@code advise}, {@code pr}, {@code family},
 * {@code checklist} and {@code faq} for the example applicants leave no English in the other four
 * languages: every word left is an identifier (SPECIALIZED_TECHNICAL, POINTS_80), an abbreviation the
 * official texts use as well (J-Skip, JICA, MBA, N2), a JSON path or a command the text names, a
 * value the applicant wrote (the field of a degree), or an official source cited by its id, title and
 * address.
 */
class OutputLanguagesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final List<String> APPLICANTS = List.of("mr-zhang.json", "ms-li.json", "dr-wang.json");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*[A-Z0-9](?![A-Za-z0-9_])");
    private static final Pattern JSON_PATH = Pattern.compile(
            "(?<![A-Za-z])[a-z][A-Za-z]*(?:\\[\\d+])?(?:\\.[a-z][A-Za-z]*)+(?![A-Za-z])|(?<![A-Za-z])[a-z][A-Za-z]*\\[\\d+]");
    private static final Set<String> ABBREVIATIONS = Set.of("J-Skip", "JICA", "MBA", "MOT", "BJT", "JLPT", "N1", "N2",
            "N3", "TOEIC", "cm", "hsp pr", "hsp family");
    /** A cited source: its id in brackets, then its official title and address. */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^\\s*\\[[a-z0-9-]+\\] .*https?://\\S+$");
    private static final Pattern SOURCE_ID = Pattern.compile("\\[[a-z0-9-]+]");
    /** The address of an official source, after its name in the language (a myth's sources). */
    private static final Pattern ADDRESS = Pattern.compile("https?://\\S+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern WRITTEN_VALUE = Pattern.compile("\"field\"\\s*:\\s*\"([^\"]+)\"");

    static Stream<Arguments> outputs() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            for (String applicant : APPLICANTS) {
                all.add(Arguments.of(language.tag(), "score", applicant));
                all.add(Arguments.of(language.tag(), "advise", applicant));
            }
            all.add(Arguments.of(language.tag(), "advise", "ms-li.json --target 80"));
            all.add(Arguments.of(language.tag(), "pr", "case-zhang.json"));
            all.add(Arguments.of(language.tag(), "family", "case-zhang.json"));
            all.add(Arguments.of(language.tag(), "checklist", "case-zhang.json --procedure change"));
            all.add(Arguments.of(language.tag(), "checklist", "case-zhang.json --procedure pr"));
            all.add(Arguments.of(language.tag(), "faq", ""));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "hsp {1} --lang {0} {2}")
    @MethodSource("outputs")
    void noEnglishLeft(String tag, String command, String arguments) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, "--lang", tag));
        List<String> written = new ArrayList<>();
        if (!arguments.isEmpty()) {
            String[] words = arguments.split(" ");
            args.add(EXAMPLES.resolve(words[0]).toString());
            args.addAll(List.of(words).subList(1, words.length));
            written = writtenValues(words[0]);
        }
        Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(englishWords(run.out(), written)).as(run.out()).isEmpty();
    }

    /** The English words of a text once identifiers, abbreviations, JSON paths and the applicant's values are left out. */
    static Set<String> englishWords(String text, List<String> writtenValues) {
        String left = ADDRESS.matcher(SOURCE_ID.matcher(SOURCE_LINE.matcher(text).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        for (String value : writtenValues) {
            left = left.replace(value, " ");
        }
        for (String abbreviation : ABBREVIATIONS) {
            left = left.replace(abbreviation, " ");
        }
        left = JSON_PATH.matcher(left).replaceAll(" ");
        left = IDENTIFIER.matcher(left).replaceAll(" ");
        Set<String> english = new TreeSet<>();
        Matcher m = WORD.matcher(left);
        while (m.find()) {
            english.add(m.group());
        }
        return english;
    }

    private static List<String> writtenValues(String file) throws IOException {
        List<String> values = new ArrayList<>();
        Matcher m = WRITTEN_VALUE.matcher(Files.readString(EXAMPLES.resolve(file)));
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
