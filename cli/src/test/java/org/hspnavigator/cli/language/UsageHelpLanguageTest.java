package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The language of the usage help: {@code --lang X} or {@code --lang=X} among the arguments, else
 * {@code HSP_LANG}, else the system's language, as for the commands' texts; English help stays as the
 * annotations word it.
 */
class UsageHelpLanguageTest {

    private static LanguageEnvironment environment(String hspLang, Locale locale) {
        Map<String, String> variables = hspLang == null ? Map.of() : Map.of(LanguageEnvironment.VARIABLE, hspLang);
        return new LanguageEnvironment(variables::get, locale);
    }

    private static final LanguageEnvironment NONE = environment(null, Locale.ROOT);

    @Test
    void theLangOptionGivesTheHelpInItsLanguage() {
        Run japanese = Cli.runIn(NONE, "score", "--help", "--lang", "ja");
        assertThat(japanese.exitCode()).isZero();
        assertThat(japanese.out())
                .startsWith("1人又は複数のプロフィールの高度専門職ポイントを計算する。")
                .contains("使い方：hsp score", "オプション：", "終了コード：", "--lang=LANG", "テキストの言語")
                .doesNotContain("Compute the HSP points", "Show this help message");
        assertThat(Cli.runIn(NONE, "pr", "--lang=zh-Hant", "--help").out())
                .startsWith("檢查申請人案件的永住許可途徑（以及高度專門職2號）。");
    }

    @Test
    void theVariableGivesTheHelpInItsLanguageAndTheOptionWins() {
        assertThat(Cli.runIn(environment("ko", Locale.JAPAN), "batch", "--help").out())
                .startsWith("프로필 CSV 파일을 계산하여 신청인 한 명당 한 행을 출력한다.")
                .contains("종료 코드:");
        assertThat(Cli.runIn(environment("ko", Locale.JAPAN), "batch", "--help", "--lang", "zh").out())
                .startsWith("计算一个个人资料CSV文件，每位申请人输出一行。");
    }

    @Test
    void theSystemLocaleGivesTheHelpOfTheCommandsAndOfHsp() {
        Run hsp = Cli.runIn(environment(null, Locale.CHINA), "--help");
        assertThat(hsp.out()).contains("用法：hsp", "命令：", "运行 'hsp help score' 查看某个命令的详细说明。")
                .contains("计算一份或多份个人资料的高度专门职积分。");
        assertThat(Cli.runIn(environment(null, Locale.JAPAN), "new", "profile", "--help").out())
                .startsWith("質問に答えて、プロフィールのファイルを書く。");
    }

    @Test
    void englishHelpIsTheSameWhereverItComesFrom() {
        String english = Cli.run("score", "--help").out();
        assertThat(english).startsWith("Compute the HSP points of one profile or a list of profiles.");
        assertThat(Cli.runIn(environment("ja", Locale.JAPAN), "score", "--help", "--lang", "en").out()).isEqualTo(english);
        assertThat(Cli.runIn(environment(null, Locale.FRANCE), "score", "--help").out()).isEqualTo(english);
    }

    @Test
    void anUnknownLanguageIsAUsageErrorWithOrWithoutHelp() {
        Run help = Cli.runIn(NONE, "score", "--help", "--lang", "fr");
        assertThat(help.exitCode()).isEqualTo(2);
        assertThat(help.err()).contains("--lang: unknown language 'fr'");
        Run unknown = Cli.runIn(NONE, "score", "--lang", "fr", "../examples/mr-zhang.json");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--lang: unknown language 'fr'");
    }

    /** The commands the server's jar runs take --lang too, and their help as the command line lists it says so. */
    @Test
    void theServersCommandsListLang() {
        assertThat(Cli.runIn(NONE, "help", "serve").out()).contains("--lang=LANG", "The language of the texts");
        assertThat(Cli.runIn(environment("zh", Locale.ROOT), "help", "serve").out()).contains("--lang=LANG", "文本的语言");
        assertThat(Cli.runIn(NONE, "help", "admin").out()).contains("create-owner --org NAME --email EMAIL [--db URL] [--lang LANG]");
        assertThat(Cli.runIn(NONE, "help", "backup").out()).contains("hsp backup FILE [--db URL] [--lang LANG]");
    }
}
