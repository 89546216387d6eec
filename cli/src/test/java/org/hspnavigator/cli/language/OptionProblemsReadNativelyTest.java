package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.formats.advice.AdviceOptions;
import org.hspnavigator.formats.applicant.FirstSnapshot;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.profile.CategoryParameter;
import org.hspnavigator.formats.profile.DateParameter;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.KoreanParticles;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Choices;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.WholeNumberParameter;
import org.hspnavigator.report.ReportParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every message of the options the command line shares with the API (category, target, limit, kind,
 * language, procedure, expiry, date) and of the command line's own option errors, filled in with values a
 * person would type, reads as a sentence of its language: in Japanese and Chinese no half-width space
 * between a number and the word it counts or between two words of the script, and full-width punctuation
 * next to them; in Korean the particle after a number or a word agrees with it (a placeholder's double
 * form, 을(를), is for a value that cannot be known, not for a number the text itself holds), and
 * half-width punctuation.
 */
class OptionProblemsReadNativelyTest {

    private static final String HAN_OR_KANA = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]";
    /** A number with a space beside a word; not the digits of a code such as UTF-8 or windows-31j. */
    private static final Pattern SPACED_NUMBER = Pattern.compile("(?<![\\w.-])[0-9]+ " + HAN_OR_KANA
            + "|" + HAN_OR_KANA + " [0-9]+(?![\\w-])");
    private static final Pattern SPACED_WORDS = Pattern.compile(HAN_OR_KANA + " " + HAN_OR_KANA);
    private static final Pattern HALF_WIDTH_PUNCTUATION = Pattern.compile(HAN_OR_KANA + " ?[,;:()!?]|[,;:()!?] ?" + HAN_OR_KANA);
    private static final Pattern DOUBLE_FORM_AFTER_KNOWN_WORD =
            Pattern.compile("[0-9가-힣](?:이\\(가\\)|은\\(는\\)|을\\(를\\)|과\\(와\\)|\\(으\\)로)");
    private static final Pattern FULL_WIDTH_PUNCTUATION = Pattern.compile("[：，；（）、。]");

    /** The keys of the validation bundle read by the option readings: each must be among the samples. */
    private static final Pattern SHARED_KEYS = Pattern.compile("query\\..+|checklist\\.(unknownProcedure|"
            + "expiryNotApplicable|procedureRequired)|date\\.(notReal|notIsoForm|beforeFirstSnapshot.*)"
            + "|referenceDate\\.(beforeEarliest|tooFarAhead)|consequence\\..+");
    /** The keys of the command line's problems bundle about its options and arguments. */
    private static final Pattern COMMAND_LINE_KEYS = Pattern.compile("usage\\..+|batch\\.(unknownEncoding|chunkRows|"
            + "outputIsInput|errorsIsInput|errorsOnStandardOutput|errorsIsOutput|notUtf8|notEncoding)"
            + "|input\\.standardInputTwice");

    private static final Clock DECEMBER_7_2026 = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate EARLIEST = LocalDate.of(2013, 12, 24);

    /** The problems of the shared readings, each as the reading gives it for a value a person might type. */
    private static List<Problem> sharedProblems() {
        ReferenceDates dates = new ReferenceDates(DECEMBER_7_2026, EARLIEST);
        return List.of(
                AdviceOptions.target("75").problem(),
                AdviceOptions.target("abc").problem(),
                AdviceOptions.limit("0").problem(),
                AdviceOptions.limit("x").problem(),
                CategoryParameter.parse("SALES").problem(),
                ReportParameters.kind("nope").problem(),
                ReportParameters.language("fr").problem(),
                ChecklistOptions.procedure("renewal").problem(),
                ChecklistOptions.procedureRequired(),
                ChecklistOptions.expiryProblem(Procedure.PR).orElseThrow(),
                DateParameter.parseCalendarDate("2026-02-30").problem(),
                DateParameter.parseCalendarDate("2026/2/3").problem(),
                DateParameter.parse("2012-05-01", dates).problem(),
                DateParameter.parse("2029-01-01", dates).problem(),
                FirstSnapshot.before(LocalDate.of(2020, 1, 1), true, LocalDate.of(2022, 4, 1), "consequence.report"),
                FirstSnapshot.before(LocalDate.of(2020, 1, 1), false, LocalDate.of(2022, 4, 1), "consequence.checklist"),
                FirstSnapshot.before(LocalDate.of(2020, 1, 1), true, LocalDate.of(2022, 4, 1), "consequence.family"),
                FirstSnapshot.before(LocalDate.of(2020, 1, 1), true, LocalDate.of(2022, 4, 1), "consequence.points"),
                // The API's own parameters, read by the same texts: a page's size, an id, a flag, a period.
                WholeNumberParameter.parse("many", Problem.of("query.wholeNumberFrom", 1, 100)).problem(),
                WholeNumberParameter.outside(Problem.of("query.wholeNumberFrom", 1, 100), 500),
                WholeNumberParameter.parse("x", Problem.of("query.applicantId")).problem(),
                WholeNumberParameter.parse("x", Problem.of("query.assessmentId")).problem(),
                Problem.of("query.flag", "yes"),
                Problem.of("query.toBeforeFrom", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)),
                Problem.of("query.undecodable", "name"));
    }

    /** The command line's own problems with its options, with the values they are given. */
    private static Map<String, Object[]> commandLineProblems() {
        Map<String, Object[]> problems = new LinkedHashMap<>();
        problems.put("usage.try", new Object[] {"hsp advise"});
        problems.put("usage.unknownCommand", new Object[] {"scroe", "", "score, advise, batch, pr"});
        problems.put("usage.didYouMean", new Object[] {"--target"});
        problems.put("usage.missingCommand", new Object[] {});
        problems.put("usage.unknownLanguage", new Object[] {"--lang", "fr", "en, ja, zh, zh-Hant, ko"});
        problems.put("usage.unknownOption", new Object[] {"--taget"});
        problems.put("usage.unknownOptions", new Object[] {"'--taget', '--limt'"});
        problems.put("usage.unmatched", new Object[] {"2", "extra.json"});
        problems.put("usage.unmatchedMany", new Object[] {"2", "'a.json', 'b.json'"});
        problems.put("usage.missingValue", new Object[] {"--target", "POINTS"});
        problems.put("usage.valueExpected", new Object[] {"--target", "--limit"});
        problems.put("usage.missingParameter", new Object[] {"PROFILE"});
        problems.put("usage.missingParameters", new Object[] {"'PROFILE', 'CASE'"});
        problems.put("usage.missingOption", new Object[] {"--output=OUT.csv"});
        problems.put("usage.missingOptions", new Object[] {"'--output=OUT.csv', '--procedure'"});
        problems.put("usage.missingOptionsAndParameters", new Object[] {"'--output=OUT.csv', 'CSV'"});
        problems.put("usage.onlyOnce", new Object[] {"--target", "POINTS"});
        problems.put("usage.notAnInt", new Object[] {"--chunk-rows", "ten"});
        problems.put("usage.notABoolean", new Object[] {"--excel", "maybe"});
        problems.put("usage.missingDocumentKind", new Object[] {});
        problems.put("batch.unknownEncoding", new Object[] {"latin-9"});
        problems.put("batch.chunkRows", new Object[] {});
        problems.put("batch.outputIsInput", new Object[] {"candidates.csv"});
        problems.put("batch.errorsIsInput", new Object[] {"candidates.csv"});
        problems.put("batch.errorsOnStandardOutput", new Object[] {"-"});
        problems.put("batch.errorsIsOutput", new Object[] {"out.csv", "out.csv"});
        problems.put("batch.notUtf8", new Object[] {"candidates.csv", "UTF-8"});
        problems.put("batch.notEncoding", new Object[] {"candidates.csv", "windows-31j"});
        problems.put("input.standardInputTwice", new Object[] {});
        return problems;
    }

    /** Every message in {@code language}, each after the key it was written from. */
    private static List<String> rendered(Language language) {
        List<String> texts = new ArrayList<>();
        for (Problem problem : sharedProblems()) {
            texts.add(problem.key() + ": " + problem.text(language));
        }
        CommandTexts problems = CommandTexts.problems(language);
        commandLineProblems().forEach((key, arguments) -> texts.add(key + ": " + problems.text(key, arguments)));
        return texts;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"JA", "ZH", "ZH_HANT"})
    void japaneseAndChineseWriteNoSpaceBetweenANumberOrAWordAndTheNext(Language language) {
        List<String> found = new ArrayList<>();
        for (String text : rendered(language)) {
            // The key before the text is not part of it.
            String message = text.substring(text.indexOf(": ") + 2);
            place(found, text, message, SPACED_NUMBER, "a half-width space between a number and a word");
            place(found, text, message, SPACED_WORDS, "a half-width space between two words");
            place(found, text, message, HALF_WIDTH_PUNCTUATION, "half-width punctuation beside a word");
        }
        assertThat(found).as(language.tag()).isEmpty();
    }

    @Test
    void koreanParticlesAgreeWithTheNumbersAndWordsBeforeThem() {
        List<String> found = new ArrayList<>();
        for (String text : rendered(Language.KO)) {
            String message = text.substring(text.indexOf(": ") + 2);
            place(found, text, message, DOUBLE_FORM_AFTER_KNOWN_WORD, "a double-form particle after a known word");
            place(found, text, message, FULL_WIDTH_PUNCTUATION, "full-width punctuation");
            KoreanParticles.disagreements(message.replace("'", "''")).forEach(place -> found.add(text + " — " + place));
        }
        assertThat(found).isEmpty();
    }

    /** The samples hold every message of the readings and of the command line's option errors. */
    @Test
    void everyMessageIsAmongTheSamples() {
        Set<String> sampled = new TreeSet<>();
        sharedProblems().forEach(problem -> keys(problem, sampled));
        sampled.addAll(commandLineProblems().keySet());
        Set<String> expected = new TreeSet<>();
        Stream.concat(keysOf("org.hspnavigator.formats.text.validation", SHARED_KEYS),
                keysOf("org.hspnavigator.cli.language.problems", COMMAND_LINE_KEYS)).forEach(expected::add);
        assertThat(sampled).containsAll(expected);
    }

    private static Stream<String> keysOf(String bundle, Pattern keys) {
        return ResourceBundle.getBundle(bundle, Locale.ROOT).keySet().stream().filter(key -> keys.matcher(key).matches());
    }

    private static void keys(Problem problem, Set<String> keys) {
        keys.add(problem.key());
        for (Object argument : problem.arguments()) {
            if (argument instanceof Problem nested) {
                keys(nested, keys);
            }
        }
    }

    private static void place(List<String> found, String text, String message, Pattern pattern, String what) {
        Matcher matcher = pattern.matcher(message);
        while (matcher.find()) {
            found.add(text + " — " + what + ": '" + matcher.group() + "'");
        }
    }

    @Test
    void choicesAreListedAsTheLanguageLists() {
        Choices kinds = Choices.of(List.of("sheet", "summary"));
        assertThat(kinds.text(Language.JA)).isEqualTo("sheet、summary");
        assertThat(kinds.text(Language.ZH_HANT)).isEqualTo("sheet、summary");
        assertThat(kinds.text(Language.KO)).isEqualTo("sheet, summary");
    }
}
