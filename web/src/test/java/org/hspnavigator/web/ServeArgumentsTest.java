package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServeArgumentsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ServeArguments parse(String... args) {
        return ServeArguments.parse(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private ServeArguments parseIn(LanguageEnvironment environment, String... args) {
        return ServeArguments.parse(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
    }

    private static LanguageEnvironment hspLang(String tag) {
        return new LanguageEnvironment(Map.of(LanguageEnvironment.VARIABLE, tag)::get, Locale.ROOT);
    }

    @Test
    void thePortIsGivenToSpringAsServerPort() {
        assertThat(parse("--port", "9090").springArguments()).containsExactly("--server.port=9090");
        assertThat(parse("--port=0").springArguments()).containsExactly("--server.port=0");
        assertThat(parse().springArguments()).isEmpty();
        assertThat(parse().exitCode()).isEmpty();
    }

    @Test
    void theDatabaseIsGivenToSpringAsHspDbUrl() {
        assertThat(parse("--db", "jdbc:postgresql://db/hsp?user=u", "--port", "1").springArguments())
                .containsExactly("--server.port=1", "--hsp.db.url=jdbc:postgresql://db/hsp?user=u");
        assertThat(parse("--db=jdbc:sqlite:/srv/hsp.db").springArguments()).containsExactly("--hsp.db.url=jdbc:sqlite:/srv/hsp.db");
        assertThat(parse("--db", "mysql://db/hsp").exitCode()).hasValue(2);
        assertThat(parse("--db").exitCode()).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("hsp serve: --db: expected a JDBC URL of PostgreSQL")
                .doesNotContain("password");
    }

    @Test
    void helpPrintsTheUsageAndExitsWith0() {
        assertThat(parse("--help").exitCode()).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: hsp serve [--port N]");
    }

    @Test
    void anythingElseIsAUsageError() {
        assertThat(parse("--port", "65536").exitCode()).hasValue(2);
        assertThat(parse("--port").exitCode()).hasValue(2);
        assertThat(parse("--port", "http").exitCode()).hasValue(2);
        assertThat(parse("--server.port=1").exitCode()).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("hsp serve: --port: expected a number from 0 to 65535")
                .contains("unknown argument \"--server.port=1\"");
    }

    @Test
    void englishUsageErrorsStayWordForWord() {
        parse("--port", "http");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("hsp serve: --port: expected a number from 0 to 65535, "
                + "got \"http\"\nTry 'hsp serve --help' for more information.\n");
    }

    /** The server's own lines follow --lang, else HSP_LANG, else the system's language, as the other commands do. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ja      | --port：0 から 65535 までの数を指定してください（指定された値："http"） | 詳しくは 'hsp serve --help' を参照してください。
            zh      | --port：须为 0 到 65535 之间的数字，给出的是 "http"                   | 详情请运行 'hsp serve --help'。
            zh-Hant | --port：須為 0 到 65535 之間的數字，給出的是 "http"                   | 詳情請執行 'hsp serve --help'。
            ko      | --port: 0에서 65535까지의 수를 지정하십시오(지정된 값: "http")          | 자세한 내용은 'hsp serve --help'를 참조하십시오.
            """)
    void aUsageErrorInTheLanguageOfLang(String language, String problem, String tryHelp) {
        // --lang after the mistake still names the language of the message about it.
        assertThat(parseIn(hspLang("ko"), "--port", "http", "--lang", language).exitCode()).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("hsp serve: " + problem + "\n" + tryHelp + "\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void withoutLangHspLangThenTheSystemsLanguage() {
        parseIn(hspLang("zh-Hant"), "--bogus");
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("hsp serve: 未知的引數 \"--bogus\"\n");
        err.reset();
        parseIn(new LanguageEnvironment(name -> null, Locale.JAPAN), "--db");
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("hsp serve: --db：値が指定されていません。");
        assertThat(parseIn(hspLang("zh"), "--port", "0").language()).isEqualTo(Language.ZH);
        assertThat(parseIn(hspLang("zh"), "--lang=ko").language()).isEqualTo(Language.KO);
        assertThat(parseIn(new LanguageEnvironment(name -> null, Locale.FRANCE)).language()).isEqualTo(Language.EN);
    }

    @Test
    void theHelpInTheLanguage() {
        assertThat(parseIn(hspLang("zh"), "--help").exitCode()).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("用法：hsp serve [--port N] [--db URL] [--lang LANG]\n")
                .contains("  --lang LANG  这些消息的语言");
        out.reset();
        parseIn(hspLang("zh"), "--lang", "en", "-h");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: hsp serve [--port N] [--db URL] [--lang LANG]\n");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorToldInTheEnvironmentsLanguage() {
        assertThat(parseIn(hspLang("zh"), "--lang", "xx").exitCode()).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("hsp serve: --lang：未知的语言 'xx'；须为以下之一："
                + "en, ja, zh, zh-Hant, ko\n详情请运行 'hsp serve --help'。\n");
        assertThat(parseIn(hspLang("klingon")).exitCode()).hasValue(2);
    }

    @Test
    void theAddressTheServerListensOnInTheLanguage() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        parseIn(hspLang("zh"), "--port", "0").announce("41234", new PrintStream(line, true, StandardCharsets.UTF_8));
        assertThat(line.toString(StandardCharsets.UTF_8))
                .isEqualTo("hsp serve: 正在监听 http://localhost:41234/（按 Ctrl-C 停止服务器）\n");
        line.reset();
        parse().announce("8080", new PrintStream(line, true, StandardCharsets.UTF_8));
        assertThat(line.toString(StandardCharsets.UTF_8)).isEqualTo("hsp serve: listening on http://localhost:8080/ "
                + "(Ctrl-C stops the server)\n");
    }
}
