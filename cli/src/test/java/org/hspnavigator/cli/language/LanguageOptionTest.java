package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Which language a command speaks: {@code --lang}, else {@code HSP_LANG}, else the system's language
 * when it is one of the five, else English; an unknown language is a usage error (exit 2).
 */
class LanguageOptionTest {

    private static final String ZHANG = "../examples/mr-zhang.json";
    private static final String ENGLISH = "Points as of 2026-11-27";
    private static final String JAPANESE = "2026年11月27日時点の点数";
    private static final String KOREAN = "2026년 11월 27일 기준 포인트";
    private static final String SIMPLIFIED = "2026年11月27日的积分";
    private static final String TRADITIONAL = "2026年11月27日的積分";

    private static LanguageEnvironment environment(String hspLang, Locale locale) {
        Map<String, String> variables = hspLang == null ? Map.of() : Map.of(LanguageEnvironment.VARIABLE, hspLang);
        return new LanguageEnvironment(variables::get, locale);
    }

    @Test
    void theOptionWinsOverTheVariableAndTheLocale() {
        Run run = Cli.runIn(environment("ko", Locale.SIMPLIFIED_CHINESE), "score", "--lang", "ja", ZHANG);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(JAPANESE);
    }

    @Test
    void theVariableWinsOverTheLocale() {
        Run run = Cli.runIn(environment("ko", Locale.JAPAN), "score", ZHANG);
        assertThat(run.out()).startsWith(KOREAN);
        assertThat(Cli.runIn(environment("zh-Hant", Locale.JAPAN), "score", ZHANG).out()).startsWith(TRADITIONAL);
    }

    @Test
    void theSystemLocaleWhenItIsOneOfTheFiveElseEnglish() {
        assertThat(Cli.runIn(environment(null, Locale.TAIWAN), "score", ZHANG).out()).startsWith(TRADITIONAL);
        assertThat(Cli.runIn(environment(null, Locale.CHINA), "score", ZHANG).out()).startsWith(SIMPLIFIED);
        assertThat(Cli.runIn(environment("", Locale.KOREA), "score", ZHANG).out()).startsWith(KOREAN);
        assertThat(Cli.runIn(environment(null, Locale.FRANCE), "score", ZHANG).out()).startsWith(ENGLISH);
        assertThat(Cli.runIn(environment(null, Locale.ROOT), "score", ZHANG).out()).startsWith(ENGLISH);
    }

    @Test
    void testsAndAnyRunWithoutAnEnvironmentSpeakEnglish() {
        assertThat(Cli.run("score", ZHANG).out()).startsWith(ENGLISH);
    }

    @Test
    void englishByOptionWhateverTheEnvironment() {
        Run english = Cli.runIn(environment("ja", Locale.JAPAN), "score", "--lang", "en", ZHANG);
        assertThat(english.out()).isEqualTo(Cli.run("score", ZHANG).out());
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run option = Cli.run("score", "--lang", "fr", ZHANG);
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.out()).isEmpty();
        assertThat(option.err()).contains("--lang: unknown language 'fr'; expected one of en, ja, zh, zh-Hant, ko");
        Run variable = Cli.runIn(environment("klingon", Locale.ROOT), "advise", ZHANG);
        assertThat(variable.exitCode()).isEqualTo(2);
        assertThat(variable.out()).isEmpty();
        assertThat(variable.err()).contains("HSP_LANG: unknown language 'klingon'; expected one of en, ja, zh, zh-Hant, ko");
    }

    @Test
    void theJsonTextsFollowTheLanguageAndItsShapeStays() {
        Run json = Cli.run("score", "--json", "--lang", "ja", ZHANG);
        assertThat(json.exitCode()).isZero();
        String compact = json.out().replaceAll("\"\\s*:\\s*", "\":");
        assertThat(compact).contains("\"verdict\":\"要件を満たす\"").contains("\"explanation\":\"Computer scienceの修士号\"")
                .contains("\"messageKey\":\"item.education\"").contains("\"category\":\"SPECIALIZED_TECHNICAL\"");
        String texts = "\"(verdict|explanation|message|basis)\"(\\s*):(\\s*)\"[^\"]*\"";
        String english = Cli.run("score", "--json", ZHANG).out();
        assertThat(json.out().replaceAll(texts, "\"$1\"$2:$3\"\"")).isEqualTo(english.replaceAll(texts, "\"$1\"$2:$3\"\""));
    }
}
