package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems of the command line itself (picocli's usage errors), of the files it names and of the
 * JSON syntax are told in the language of the command, with the option, file or position they are
 * about; the exit code stays 2, and English stays word for word what it was.
 */
class CommandLineProblemsLanguagesTest {

    @TempDir
    Path folder;

    private static LanguageEnvironment variable(String hspLang) {
        return new LanguageEnvironment(Map.of(LanguageEnvironment.VARIABLE, hspLang)::get, Locale.ROOT);
    }

    @Test
    void usageErrorsInEnglishAsPicocliWritesThem() {
        assertThat(Cli.run("score", "--bogus", "x.json").err()).isEqualTo("""
                hsp score: Unknown option: '--bogus'
                Try 'hsp score --help' for more information.
                """);
        assertThat(Cli.run("score", "--date").err())
                .startsWith("hsp score: Missing required parameter for option '--date' (YYYY-MM-DD)\n");
        assertThat(Cli.runWithEveryCommand("scor").err()).startsWith("hsp: unknown command 'scor'; did you mean 'score'? "
                + "(commands: ");
    }

    @Test
    void anUnknownOptionInJapanese() {
        Run run = Cli.run("score", "--lang", "ja", "--bogus", "x.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("""
                hsp score: 不明なオプション '--bogus' です
                詳しくは 'hsp score --help' を参照してください。
                """);
    }

    @Test
    void aMissingValueAndAMissingParameterInJapanese() {
        assertThat(Cli.runIn(variable("ja"), "score", "--date").err())
                .startsWith("hsp score: オプション '--date' の値（YYYY-MM-DD）が指定されていません\n");
        Run missing = Cli.runIn(variable("ja"), "advise");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.err()).startsWith("hsp advise: 必須の引数 'PROFILE' が指定されていません\n");
    }

    @Test
    void aValueRefusedInKoreanAndChineseInTheWordsOfTheApi() {
        Run korean = Cli.run("score", "--lang", "ko", "--category", "FOO", "x.json");
        assertThat(korean.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(korean.err()).isEqualTo("""
                hsp score: --category: 알 수 없는 유형 "FOO"입니다. \
                ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, BUSINESS_MANAGEMENT 중 하나를 지정하십시오
                자세한 내용은 'hsp score --help'를 참조하십시오.
                """);
        assertThat(Cli.runIn(variable("zh"), "advise", "--limit", "abc", "x.json").err())
                .startsWith("hsp advise: --limit: 须为不小于1的整数，实际为 \"abc\"\n详情请运行 'hsp advise --help'。\n");
    }

    @Test
    void aMistypedCommandInTraditionalChinese() {
        Run run = Cli.runWithEveryCommand("scor", "--lang", "zh-Hant");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("hsp: 未知的命令 'scor'；您是否要輸入 'score'？（命令：score, ");
    }

    @Test
    void missingFilesAndFoldersInJapaneseAndKorean() throws IOException {
        Path missing = folder.resolve("missing.json");
        assertThat(Cli.run("score", "--lang", "ja", missing.toString()).err())
                .isEqualTo("hsp score: " + missing + ": ファイルがありません\n");
        assertThat(Cli.run("pr", "--lang", "ko", folder.toString()).err())
                .isEqualTo("hsp pr: " + folder + ": 케이스 파일이 아니라 폴더입니다\n");
        Path output = Files.createDirectory(folder.resolve("out"));
        Path csv = Files.writeString(folder.resolve("in.csv"), "birthDate,annualSalaryYen\n1990-01-01,8000000\n");
        Run batch = Cli.run("batch", "--lang", "ja", csv.toString(), "-o", output.toString());
        assertThat(batch.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(batch.err()).contains(output + ": ファイルではなくフォルダーです。書き込むファイルの名前を指定してください");
    }

    @Test
    void theJsonSyntaxInJapaneseAndChineseWithTheLineAndColumn() {
        Run japanese = Cli.runWithInput("{\"birthDate\": NaN}", "score", "--lang", "ja", "-");
        assertThat(japanese.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(japanese.err()).isEqualTo("""
                hsp score: 標準入力の内容に誤りがあります：
                  1 行 18 列：JSONの形式が正しくありません：トークン 'NaN' はJSONでは使えません
                """);
        Run chinese = Cli.runWithInput("{\"birthDate\": \"1990-01-01\"", "advise", "--lang", "zh", "-");
        assertThat(chinese.err()).isEqualTo("""
                hsp advise: 标准输入的内容有误：
                  第 1 行第 27 列：JSON 格式错误：输入在对象的结束符 } 之前结束
                """);
    }

    @Test
    void standardInputHasNoSpaceMeantForAFileName() {
        String invalid = "{\"birthDate\": \"x\"}";
        assertThat(Cli.runWithInput(invalid, "score", "--lang", "ja", "-").err()).startsWith("hsp score: 標準入力の内容に誤りがあります：\n");
        assertThat(Cli.runWithInput(invalid, "score", "--lang", "zh-Hant", "-").err()).startsWith("hsp score: 標準輸入的內容有誤：\n");
        assertThat(Cli.runWithInput(invalid, "score", "--lang", "ko", "-").err()).startsWith("hsp score: 표준 입력의 내용이 잘못되었습니다:\n");
        assertThat(Cli.runWithInput(invalid, "score", "-").err()).startsWith("hsp score: invalid input in standard input:\n");
    }

    @Test
    void theReportsInputProblemsInTheLanguageOfTheOptionElseOfTheEnvironment() {
        String invalid = "{\"birthDate\": \"1990-02-30\", \"annualSalaryYen\": 8000000}";
        Run japanese = Cli.runWithInput(invalid, "report", "--lang", "ja", "-", "-o", folder.resolve("a.pdf").toString());
        assertThat(japanese.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(japanese.err()).isEqualTo("""
                hsp report: 標準入力の内容に誤りがあります：
                  birthDate: "1990-02-30" は実在しない日付です
                """);
        Run korean = Cli.runIn(variable("ko"), "report", folder.resolve("none.json").toString(), "-o",
                folder.resolve("b.pdf").toString());
        assertThat(korean.err()).isEqualTo("hsp report: " + folder.resolve("none.json") + ": 파일이 없습니다\n");
        Run english = Cli.runWithInput(invalid, "report", "-", "-o", folder.resolve("c.pdf").toString());
        assertThat(english.err()).startsWith("hsp report: invalid input in standard input:\n");
    }
}
