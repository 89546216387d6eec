package org.hspnavigator.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hspnavigator.web.storage.Backups;
import org.hspnavigator.web.storage.Database;
import org.hspnavigator.web.storage.TestDatabases;
import org.hspnavigator.web.security.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code hsp admin}, {@code hsp backup} and {@code hsp restore} as the launcher runs them, on SQLite and
 * PostgreSQL: the password from standard input, the token printed once, the options and their errors.
 */
class ToolCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String stdin, Map<String, String> environment, String... args) {
        return runIn(Locale.ROOT, stdin, environment, args);
    }

    private static Run runIn(Locale system, String stdin, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ToolCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null, environment, system).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Database.Kind.class)
    void createOwnerThenATokenThenABackupAndARestore(Database.Kind kind, @TempDir Path folder) throws Exception {
        Database database = TestDatabases.of(kind);
        Run owner = run("a long enough password\n", Map.of(), "admin", "create-owner", "--org", "Sato Office",
                "--email", "Sato@Example.test", "--db", database.url());
        assertThat(owner.exitCode()).as(owner.err()).isZero();
        assertThat(owner.out()).isEmpty();
        assertThat(owner.err()).contains("created the organization \"Sato Office\" and its owner sato@example.test");
        Run again = run("a long enough password\n", Map.of(), "admin", "create-owner", "--org", "Other", "--email",
                "sato@example.test", "--db", database.url());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--email: an account with this e-mail exists already");
        Run weak = run("password1234\n", Map.of("HSP_DB_URL", database.url()), "admin", "create-owner", "--org", "Weak",
                "--email", "weak@example.test");
        assertThat(weak.exitCode()).isEqualTo(2);
        assertThat(weak.err()).contains("password: is in the list of common passwords");

        Run token = run("", Map.of("HSP_DB_URL", database.url()), "admin", "create-token", "--email", "sato@example.test",
                "--name", "ci");
        assertThat(token.exitCode()).as(token.err()).isZero();
        String printed = token.out().strip();
        assertThat(printed).startsWith("hsp_").hasSize(4 + 43);
        assertThat(token.err()).doesNotContain(printed);
        assertThat(Backups.contents(database).get("api_token").get(0)).contains(Secrets.hash(printed))
                .doesNotContain(printed);

        Path backup = folder.resolve("backup.db");
        Run backedUp = run("", Map.of(), "backup", backup.toString(), "--db", database.url());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        Database restored = TestDatabases.of(kind);
        Run restore = run("", Map.of(), "restore", backup.toString(), "--db", restored.url());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(Backups.contents(restored)).isEqualTo(Backups.contents(database));
        Run intoFull = run("", Map.of(), "restore", backup.toString(), "--db", restored.url());
        assertThat(intoFull.exitCode()).isEqualTo(2);
        assertThat(intoFull.err()).contains("is not empty");
    }

    @Test
    void theDataFolderIsCreatedOnFirstUse(@TempDir Path folder) {
        Map<String, String> environment = new HashMap<>();
        environment.put("HSP_DATA_DIR", folder.resolve("new/data").toString());
        Run owner = run("a long enough password\r\n", environment, "admin", "create-owner", "--org", "Folder", "--email",
                "folder@example.test");
        assertThat(owner.exitCode()).as(owner.err()).isZero();
        assertThat(folder.resolve("new/data/hsp.db")).exists();
    }

    @Test
    void usageErrorsNameTheOption() {
        assertThat(run("", Map.of(), "admin", "create-owner", "--email", "x@example.test").err()).contains("--org is required");
        assertThat(run("", Map.of(), "admin", "delete-everything").exitCode()).isEqualTo(2);
        assertThat(run("", Map.of(), "admin", "create-token", "--email", "x@example.test", "--name", "n", "--org", "o")
                .err()).contains("--org: not an option of create-token");
        assertThat(run("", Map.of(), "backup", "--db", "jdbc:mysql://x/y", "file").err()).contains("--db: expected a JDBC URL");
        assertThat(run("", Map.of(), "restore").exitCode()).isEqualTo(2);
        assertThat(run("", Map.of(), "backup", "--help").out()).contains("Usage: hsp admin create-owner");
        Run noPassword = run("", Map.of("HSP_DB_URL", TestDatabases.sqlite().url()), "admin", "create-owner", "--org", "O",
                "--email", "o@example.test");
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("no password on standard input");
    }

    @Test
    void aFileThatIsNoBackupIsRefused(@TempDir Path folder) throws Exception {
        Path text = folder.resolve("notes.txt");
        java.nio.file.Files.writeString(text, "not a database");
        Run run = run("", Map.of(), "restore", text.toString(), "--db", TestDatabases.sqlite().url());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a backup of HSP Navigator");
    }

    /** The storage's refusals (a file that is no backup, one that exists, a URL of neither kind) follow --lang too. */
    @Test
    void theStoragesRefusalsFollowTheLanguage(@TempDir Path folder) throws Exception {
        Path text = folder.resolve("notes.txt");
        java.nio.file.Files.writeString(text, "not a database");
        String sqlite = TestDatabases.sqlite().url();
        assertThat(run("", Map.of(), "restore", text.toString(), "--db", sqlite, "--lang", "ja").err())
                .isEqualTo("hsp restore: " + text + " は HSP Navigator のバックアップ（SQLite データベースファイル）ではありません\n");
        assertThat(run("", Map.of(), "backup", text.toString(), "--db", sqlite, "--lang", "zh").err())
                .isEqualTo("hsp backup: " + text + " 已存在；请指定新文件（备份从不覆盖已有文件）\n");
        Run english = run("", Map.of(), "backup", text.toString(), "--db", sqlite);
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err()).isEqualTo("hsp backup: " + text
                + " exists already; choose a new file (a backup never overwrites one)\n");
        assertThat(run("", Map.of("HSP_LANG", "ko"), "backup", "--db", "jdbc:mysql://x/y", "file").err())
                .contains("hsp backup: --db: PostgreSQL의 JDBC URL(jdbc:postgresql://HOST/DATABASE?user=...) 또는 SQLite 파일의 JDBC URL");
        assertThat(run("", Map.of(), "backup", "--db", "jdbc:mysql://x/y", "file", "--lang", "zh-Hant").err())
                .contains("hsp backup: --db：須為 PostgreSQL 的 JDBC URL（jdbc:postgresql://HOST/DATABASE?user=...）");
    }

    /** The tools' own lines follow --lang, else HSP_LANG, else the system's language; English stays as it was. */
    @Test
    void theToolsSpeakTheLanguageOfLangElseHspLangElseTheSystem(@TempDir Path folder) {
        String database = TestDatabases.sqlite().url();
        Path backup = folder.resolve("backup.db");
        Run traditional = run("", Map.of(), "backup", backup.toString(), "--db", database, "--lang", "zh-Hant");
        assertThat(traditional.exitCode()).as(traditional.err()).isZero();
        assertThat(traditional.err()).matches("hsp backup: 已從 .+ 寫出 " + java.util.regex.Pattern.quote(backup.toString())
                + "：\\d+ 個資料表，\\d+ 列\n");
        Run english = run("", Map.of(), "backup", folder.resolve("again.db").toString(), "--db", database);
        assertThat(english.err()).matches("hsp backup: wrote .+ from .+: \\d+ tables, \\d+ rows\n");

        assertThat(run("", Map.of("HSP_LANG", "zh"), "admin", "create-owner", "--email", "x@example.test").err())
                .isEqualTo("hsp admin create-owner: 须指定 --org\n详情请运行 'hsp admin --help'。\n");
        assertThat(runIn(Locale.KOREA, "", Map.of(), "admin", "create-owner", "--email", "x@example.test").err())
                .isEqualTo("hsp admin create-owner: --org을(를) 지정하십시오\n자세한 내용은 'hsp admin --help'를 참조하십시오.\n");
        assertThat(runIn(Locale.KOREA, "", Map.of("HSP_LANG", "ja"), "restore", "--lang", "zh").err())
                .isEqualTo("hsp restore: 须为一个 FILE，至多再加 --db URL\n详情请运行 'hsp restore --help'。\n");
        assertThat(run("", Map.of(), "admin", "create-owner", "--email", "x@example.test").err())
                .isEqualTo("hsp admin create-owner: --org is required\nTry 'hsp admin --help' for more information.\n");
        Run weak = run("password1234\n", Map.of("HSP_DB_URL", database), "admin", "create-owner", "--org", "Weak",
                "--email", "weak@example.test", "--lang", "zh");
        assertThat(weak.err()).startsWith("hsp admin create-owner: password：").doesNotContain("common passwords");
        Run refused = run("password1234\n", Map.of("HSP_DB_URL", database), "admin", "create-owner", "--org", " ",
                "--email", "not-an-address", "--lang", "zh-Hant");
        assertThat(refused.err().lines()).as("an account's refusals are joined to their option as the console's other problems are")
                .hasSize(3).allMatch(line -> line.matches("hsp admin create-owner: (--org|--email|password)：\\S.*"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ja      | 使い方: hsp admin create-owner
            zh      | 用法：hsp admin create-owner
            zh-Hant | 用法：hsp admin create-owner
            ko      | 사용법: hsp admin create-owner
            """)
    void theHelpInEachLanguage(String language, String start) {
        Run help = run("", Map.of(), "backup", "--help", "--lang", language);
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith(start).contains("--db URL", "--lang LANG", "-h, --help");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorToldInTheEnvironmentsLanguage() {
        Run run = run("", Map.of("HSP_LANG", "zh-Hant"), "backup", "x.db", "--lang", "xx");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("hsp backup: --lang：未知的語言 'xx'；須為下列之一：en, ja, zh, zh-Hant, ko\n"
                + "詳情請執行 'hsp backup --help'。\n");
        assertThat(run("", Map.of("HSP_LANG", "klingon"), "backup", "x.db").err())
                .startsWith("hsp backup: HSP_LANG: unknown language 'klingon'; expected one of en, ja, zh, zh-Hant, ko\n");
    }
}
