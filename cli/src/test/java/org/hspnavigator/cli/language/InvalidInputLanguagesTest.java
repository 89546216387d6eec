package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The problems of an invalid input are told in the language of the command ({@code --lang}, else
 * {@code HSP_LANG}): the JSON paths stay as the input names them, the exit code stays 2, and English
 * stays word for word what it was.
 */
class InvalidInputLanguagesTest {

    /** A birth date that is no date, a salary below zero and a degree level misspelt. */
    private static final String INVALID = """
            {"referenceDate": "2026-04-01", "birthDate": "1990-02-30", "annualSalaryYen": -5,
             "degrees": [{"level": "phd"}]}
            """;

    private static LanguageEnvironment variable(String hspLang) {
        return new LanguageEnvironment(Map.of(LanguageEnvironment.VARIABLE, hspLang)::get, Locale.ROOT);
    }

    @Test
    void englishIsWordForWordAsBefore() {
        Run run = Cli.runWithInput(INVALID, "score", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                hsp score: invalid input in standard input:
                  birthDate: "1990-02-30" is not a real date
                  annualSalaryYen: must not be negative, got -5
                  degrees[0].level: unknown value "phd"; expected one of DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, \
                BACHELOR
                """);
    }

    @Test
    void japaneseWithTheOption() {
        Run run = Cli.runWithInput(INVALID, "score", "--lang", "ja", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("""
                hsp score: 標準入力の内容に誤りがあります：
                  birthDate: "1990-02-30" は実在しない日付です
                  annualSalaryYen: 負の値は指定できません。指定された値：-5
                  degrees[0].level: 不明な値 "phd" です。DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, BACHELOR のいずれかを\
                指定してください
                """);
    }

    @Test
    void koreanWithTheVariable() {
        Run run = Cli.runIn(variable("ko"), "score", "../examples/case-zhang.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("hsp score: ../examples/case-zhang.json: 이것은 케이스입니다(")
                .contains("프로필이(가) 아닙니다").contains("hsp pr, hsp family 또는 hsp checklist로 읽습니다");
    }

    @Test
    void koreanWithTheOptionForEachProblem() {
        Run run = Cli.runWithInput(INVALID, "advise", "--lang", "ko", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("  birthDate: \"1990-02-30\"은(는) 실제로 존재하지 않는 날짜입니다")
                .contains("  annualSalaryYen: 음수는 지정할 수 없습니다. 입력된 값: -5")
                .contains("  degrees[0].level: 알 수 없는 값 \"phd\"입니다.");
    }

    @Test
    void aCaseInTraditionalChinese() {
        String noSnapshot = "{\"snapshots\": [], \"employerCategory\": 7}";
        Run run = Cli.runWithInput(noSnapshot, "pr", "--lang", "zh-Hant", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("  snapshots: 須至少包含一份個人資料")
                .contains("  employerCategory: 須為所屬機構類別 1、2、3 或 4（");
    }

    @Test
    void theDateOptionInJapanese() {
        Run run = Cli.run("score", "--lang", "ja", "--date", "2026-02-30", "../examples/mr-zhang.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("hsp score: --date: \"2026-02-30\" は実在しない日付です\n");
    }
}
