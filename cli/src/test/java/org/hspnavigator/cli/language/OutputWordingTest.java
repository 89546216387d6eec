package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.cli.language.CommandOutputs.Command;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.formats.text.ChinesePunctuation;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The words of the commands' readable outputs as a reader sees them, over every example and the input of
 * every case ({@link CommandOutputs}): what the commands join in code (a label and its text, the parts of
 * a line, a name and its translation) and not only what the bundles hold.
 */
class OutputWordingTest {

    /** Each command run once per language, shared by the checks of this class. */
    private static final Map<Language, List<Output>> OUTPUTS = new ConcurrentHashMap<>();

    /**
     * What Chinese output keeps in ASCII: a cited source's own title and address ("[id] title: url"), and the
     * marks that start a line of a list ("a) " of a myth, "! " of a warning), which are not punctuation of a
     * sentence.
     */
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\s*\\[[a-z0-9-]+\\] .*https?://\\S+$");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[a-z]\\)|!) ");

    /** A name and, beside it, the same name as its translation: "資格 · 資格", "永住許可申請（永住許可申請）". */
    private static final Pattern NAME_TWICE = Pattern.compile(
            "(?<![^\\s])([^\\s·]+) · \\1(?![^\\s,，:：(（])|([^\\s（()）·]{2,}) ?[（(]\\2[）)]");
    /** An identifier of the code (SPECIALIZED_TECHNICAL, POINTS_80, J_SKIP), words joined by underscores. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])");
    /** A category's heading, which starts with its id, as --category takes it, before its names. */
    private static final Pattern CATEGORY_HEADING = Pattern.compile("^[A-Z_]+ — ");

    private record Output(Command command, Run run) {
    }

    private static List<Output> outputs(Language language) {
        return OUTPUTS.computeIfAbsent(language,
                l -> CommandOutputs.all().stream().map(command -> new Output(command, command.run(l))).toList());
    }

    @TestFactory
    Stream<DynamicTest> chineseOutputIsPunctuatedFullWidth() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : List.of(Language.ZH, Language.ZH_HANT)) {
            for (Output output : outputs(language)) {
                tests.add(DynamicTest.dynamicTest(language.tag() + " " + output.command(), () -> {
                    assertThat(output.run().exitCode()).as(output.run().err()).isZero();
                    List<String> places = new ArrayList<>();
                    for (String line : output.run().out().lines().toList()) {
                        if (!SOURCE_LINE.matcher(line).matches()) {
                            places.addAll(ChinesePunctuation.halfWidthPlaces(LIST_MARK.matcher(line).replaceFirst("")));
                        }
                    }
                    assertThat(places).as(output.run().out()).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noNameIsShownTwice() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Output output : outputs(language)) {
                tests.add(DynamicTest.dynamicTest(language.tag() + " " + output.command(),
                        () -> assertThat(found(NAME_TWICE, output.run().out())).as(output.run().out()).isEmpty()));
            }
        }
        return tests.stream();
    }

    /** A reader of Japanese, Chinese or Korean sees names, not the code's identifiers; English keeps them. */
    @TestFactory
    Stream<DynamicTest> noIdentifierInTheOtherLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : List.of(Language.JA, Language.ZH, Language.ZH_HANT, Language.KO)) {
            for (Output output : outputs(language)) {
                tests.add(DynamicTest.dynamicTest(language.tag() + " " + output.command(), () -> {
                    String out = output.run().out().lines().map(line -> CATEGORY_HEADING.matcher(line).replaceFirst(""))
                            .collect(Collectors.joining("\n"));
                    assertThat(found(IDENTIFIER, out)).as(output.run().out()).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    /**
     * Chinese writes no space between words, so a category's name put into a sentence and followed at once by
     * the next words reads as one run (「高度專門・技術活動今後幾年的積分」): after the name as the commands put
     * it in (高度専門職1号ロ · 高度專門・技術活動) comes punctuation, a line's end, or the possessive 的.
     */
    @TestFactory
    Stream<DynamicTest> aCategorysNameNeverRunsIntoTheNextWordsInChinese() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : List.of(Language.ZH, Language.ZH_HANT)) {
            Explanations explanations = Explanations.of(language);
            for (Output output : outputs(language)) {
                tests.add(DynamicTest.dynamicTest(language.tag() + " " + output.command(), () -> {
                    List<String> runs = new ArrayList<>();
                    for (Category category : Category.values()) {
                        Matcher run = Pattern.compile(Pattern.quote(explanations.categoryInText(category))
                                + "(?!的)\\p{IsHan}+").matcher(output.run().out());
                        while (run.find()) {
                            runs.add(run.group());
                        }
                    }
                    assertThat(runs).as(output.run().out()).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
