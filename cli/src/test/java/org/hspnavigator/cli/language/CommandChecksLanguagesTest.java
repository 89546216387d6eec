package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.TerminalInput;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The problems the commands find themselves, after picocli has parsed the command line (a value of
 * {@code --kind} out of range, an unknown FAQ id, {@code hsp new}
 * without what to write), the hint of standard input at a terminal, {@code hsp report}'s own lines and
 * the date of the rule set in {@code hsp score}'s first line, a language not among the five (told in
 * {@code HSP_LANG}'s or the system's language, else English), in each of the five languages; the exit
 * codes stay, and English stays word for word what it was.
 */
class CommandChecksLanguagesTest {

    @TempDir
    Path folder;

    private static LanguageEnvironment variable(String hspLang) {
        return new LanguageEnvironment(Map.of(LanguageEnvironment.VARIABLE, hspLang)::get, Locale.ROOT);
    }

    private static String example(String name) {
        return CaseFiles.repositoryRoot().resolve("examples").resolve(name).toString();
    }

    /**
     * A value of {@code --target}, {@code --limit} or {@code --category} that the command refuses, in the
     * words the API gives for its query parameter of the same name (ApiLanguagesTest in the web module
     * holds the same table), never picocli's own ("is not an int"); a usage error, exit 2.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en      | --target   | 75  | --target: expected 70 or 80, got 75
            en      | --target   | abc | --target: expected 70 or 80, got "abc"
            en      | --limit    | 0   | --limit: expected at least 1, got 0
            en      | --limit    | x   | --limit: expected at least 1, got "x"
            en      | --category | x   | --category: unknown category "x"; expected one of ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, BUSINESS_MANAGEMENT
            ja      | --target   | 75  | --target: 70または80を指定してください。指定された値：75
            ja      | --target   | abc | --target: 70または80を指定してください。指定された値："abc"
            ja      | --limit    | x   | --limit: 1以上を指定してください。指定された値："x"
            ja      | --category | x   | --category: 不明な類型 "x" です。ACADEMIC_RESEARCH、SPECIALIZED_TECHNICAL、BUSINESS_MANAGEMENT のいずれかを指定してください
            zh      | --target   | 75  | --target: 须为70或80，实际为75
            zh      | --limit    | x   | --limit: 须为不小于1的整数，实际为 "x"
            zh      | --category | x   | --category: 未知的类别 "x"；须为 ACADEMIC_RESEARCH、SPECIALIZED_TECHNICAL、BUSINESS_MANAGEMENT 之一
            zh-Hant | --target   | abc | --target: 須為70或80，實際為 "abc"
            zh-Hant | --limit    | 0   | --limit: 須為不小於1的整數，實際為0
            zh-Hant | --category | x   | --category: 未知的類別 "x"；須為 ACADEMIC_RESEARCH、SPECIALIZED_TECHNICAL、BUSINESS_MANAGEMENT 之一
            ko      | --target   | 75  | --target: 70 또는 80을 지정해야 합니다. 입력된 값: 75
            ko      | --limit    | x   | --limit: 1 이상을 지정해야 합니다. 입력된 값: "x"
            ko      | --category | x   | --category: 알 수 없는 유형 "x"입니다. ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, BUSINESS_MANAGEMENT 중 하나를 지정하십시오
            """)
    void anOptionValueRefusedInTheWordsOfTheApi(String language, String option, String value, String problem) {
        Run run = Cli.run("advise", "--lang", language, option, value, example("ms-li.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst()).hasValue("hsp advise: " + problem);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("Invalid value");
    }

    /**
     * Several options refused at once: every one is told, one line each in the order given, in the language
     * of {@code --lang}, then where to read the usage; exit 2, before any file is read or written.
     */
    @Test
    void everyRefusedOptionOnALineOfItsOwn() {
        Run run = Cli.run("advise", "--lang", "ja", "--target", "abc", "--limit", "-1", "--category", "X",
                example("mr-zhang.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                hsp advise: --target: 70または80を指定してください。指定された値："abc"
                hsp advise: --limit: 1以上を指定してください。指定された値：-1
                hsp advise: --category: 不明な類型 "X" です。ACADEMIC_RESEARCH、SPECIALIZED_TECHNICAL、BUSINESS_MANAGEMENT \
                のいずれかを指定してください
                詳しくは 'hsp advise --help' を参照してください。
                """);
    }

    /** The same in every command that takes such options: each refused value on its own line. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            score     | --category X --lang xx                | --category: unknown category "X"; expected one of ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, BUSINESS_MANAGEMENT | --lang: unknown language 'xx'; expected one of en, ja, zh, zh-Hant, ko
            batch     | --lang xx --category X                | --lang: unknown language 'xx'; expected one of en, ja, zh, zh-Hant, ko | --category: unknown category "X"; expected one of ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, BUSINESS_MANAGEMENT
            checklist | --procedure renewal --lang xx         | --procedure: unknown procedure "renewal"; expected one of coe, change, extension, pr | --lang: unknown language 'xx'; expected one of en, ja, zh, zh-Hant, ko
            report    | --kind nope --category X              | --kind: expected one of sheet, summary, got "nope" | --category: unknown category "X"; expected one of ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, BUSINESS_MANAGEMENT
            """)
    void everyRefusedOptionInEveryCommand(String command, String options, String first, String second) {
        Path output = folder.resolve("out");
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(options.split(" ")));
        args.add(example(command.equals("checklist") ? "case-zhang.json" : command.equals("batch") ? "candidates.csv"
                : "mr-zhang.json"));
        if (command.equals("batch") || command.equals("report")) {
            args.addAll(List.of("-o", output.toString()));
        }
        Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("hsp " + command + ": " + first + "\nhsp " + command + ": " + second
                + "\nTry 'hsp " + command + " --help' for more information.\n");
        assertThat(output).doesNotExist();
    }

    /** A value refused beside another mistake: the value and the first other problem, each on its line. */
    @Test
    void aRefusedValueAndAnUnknownOption() {
        assertThat(Cli.run("advise", "--target", "75", "--jsn", example("mr-zhang.json")).err()).isEqualTo("""
                hsp advise: --target: expected 70 or 80, got 75
                hsp advise: Unknown option: '--jsn'; did you mean '--json'?
                Try 'hsp advise --help' for more information.
                """);
    }

    /** Without {@code --lang}, in {@code HSP_LANG}'s language; the line after says where to read the usage. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | --target: expected 70 or 80, got ""  | Try 'hsp advise --help' for more information.
            ja      | --target: 70または80を指定してください。指定された値：""  | 詳しくは 'hsp advise --help' を参照してください。
            ko      | --target: 70 또는 80을 지정해야 합니다. 입력된 값: ""  | 자세한 내용은 'hsp advise --help'를 참조하십시오.
            """)
    void anEmptyTargetInTheEnvironmentsLanguage(String language, String problem, String tryHelp) {
        Run run = Cli.runIn(variable(language), "advise", "--target", "", example("ms-li.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("hsp advise: " + problem + "\n" + tryHelp + "\n");
    }

    /** The category of every command that takes one, in the same words, before any file is read or written. */
    @ParameterizedTest
    @ValueSource(strings = {"score", "advise", "batch", "report"})
    void anUnknownCategoryInEveryCommand(String command) {
        Path output = folder.resolve("out");
        Run run = Cli.run(command, "--lang", "zh", "--category", "SALES", "-o", output.toString(), example("ms-li.json"));
        if (!command.equals("batch") && !command.equals("report")) {
            run = Cli.run(command, "--lang", "zh", "--category", "SALES", example("ms-li.json"));
        }
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err().lines().findFirst()).hasValue("hsp " + command + ": --category: 未知的类别 \"SALES\"；须为 "
                + "ACADEMIC_RESEARCH、SPECIALIZED_TECHNICAL、BUSINESS_MANAGEMENT 之一");
        assertThat(output).doesNotExist();
    }

    /** hsp checklist without --procedure, in the words the API gives for its missing procedure parameter. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | --procedure: required: one of coe, change, extension, pr
            ja      | --procedure: 必須です：coe、change、extension、pr のいずれか
            zh      | --procedure: 必填：coe、change、extension、pr 之一
            zh-Hant | --procedure: 必填：coe、change、extension、pr 之一
            ko      | --procedure: 필수: coe, change, extension, pr 중 하나
            """)
    void aMissingProcedureInTheWordsOfTheApi(String language, String problem) {
        Run run = Cli.runIn(variable(language), "checklist", example("case-zhang.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst()).hasValue("hsp checklist: " + problem);
    }

    /** hsp batch refuses its --date in the language of the other commands (it was always English). */
    @Test
    void aBatchDateInTheCommandsLanguage() {
        Run run = Cli.run("batch", "--lang", "ja", "--date", "2026-02-30", "-o", folder.resolve("out.csv").toString(),
                example("candidates.csv"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("hsp batch: --date: \"2026-02-30\" は実在しない日付です\n");
    }

    @Test
    void aLargeTargetIsWrittenWithoutGrouping() {
        assertThat(Cli.run("advise", "--lang", "ja", "--target", "1000", example("ms-li.json")).err())
                .startsWith("hsp advise: --target: 70または80を指定してください。指定された値：1000\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | --kind: expected one of sheet, summary, got "nope"
            ja      | --kind: sheet、summary のいずれかを指定してください。指定された値："nope"
            zh      | --kind: 须为 sheet、summary 之一，实际为 "nope"
            zh-Hant | --kind: 須為 sheet、summary 之一，實際為 "nope"
            ko      | --kind: sheet, summary 중 하나를 지정해야 합니다. 입력된 값: "nope"
            """)
    void aReportKindNotKnown(String language, String problem) {
        Run run = Cli.run("report", "--lang", language, "--kind", "nope", example("mr-zhang.json"), "-o",
                folder.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("hsp report: " + problem + "\n");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aReportKindNotKnownInTheEnvironmentsLanguageWithoutLang() {
        assertThat(Cli.runIn(variable("ko"), "report", "--kind", "nope", example("mr-zhang.json"), "-o",
                folder.resolve("x.pdf").toString()).err())
                .startsWith("hsp report: --kind: sheet, summary 중 하나를 지정해야 합니다. 입력된 값: \"nope\"\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | --lang: unknown language 'xx'; expected one of en, ja, zh, zh-Hant, ko        | Try 'hsp score --help' for more information.
            ja      | --lang：不明な言語 'xx' です。次のいずれかを指定してください：en, ja, zh, zh-Hant, ko | 詳しくは 'hsp score --help' を参照してください。
            zh      | --lang：未知的语言 'xx'；须为以下之一：en, ja, zh, zh-Hant, ko                  | 详情请运行 'hsp score --help'。
            zh-Hant | --lang：未知的語言 'xx'；須為下列之一：en, ja, zh, zh-Hant, ko                  | 詳情請執行 'hsp score --help'。
            ko      | --lang: 알 수 없는 언어 'xx'입니다. 다음 중 하나를 지정하십시오: en, ja, zh, zh-Hant, ko | 자세한 내용은 'hsp score --help'를 참조하십시오.
            """)
    void anUnknownLangIsToldInTheEnvironmentsLanguage(String language, String problem, String tryHelp) {
        Run run = Cli.runIn(variable(language), "score", "--lang", "xx", example("mr-zhang.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("hsp score: " + problem + "\n" + tryHelp + "\n");
    }

    @Test
    void anUnknownLangIsToldInTheSystemsLanguageWithoutHspLangElseInEnglish() {
        assertThat(Cli.runIn(new LanguageEnvironment(name -> null, Locale.KOREA), "advise", "--lang=fr",
                example("ms-li.json")).err()).startsWith("hsp advise: --lang: 알 수 없는 언어 'fr'입니다.");
        assertThat(Cli.runIn(new LanguageEnvironment(name -> null, Locale.FRANCE), "advise", "--lang=fr",
                example("ms-li.json")).err()).isEqualTo("""
                hsp advise: --lang: unknown language 'fr'; expected one of en, ja, zh, zh-Hant, ko
                Try 'hsp advise --help' for more information.
                """);
    }

    @Test
    void anUnknownHspLangIsToldInTheSystemsLanguage() {
        Run run = Cli.runIn(new LanguageEnvironment(Map.of(LanguageEnvironment.VARIABLE, "klingon")::get,
                Locale.TRADITIONAL_CHINESE), "pr", example("case-zhang.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("hsp pr: HSP_LANG：未知的語言 'klingon'；須為下列之一：en, ja, zh, zh-Hant, ko\n"
                + "詳情請執行 'hsp pr --help'。\n");
    }

    /**
     * A language of the report not among the five, in the API's words for its {@code lang}: in English
     * whatever HSP_LANG says, since the command line names no language the person reads; so are the other
     * options refused with it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ja", "ko"})
    void aReportLanguageNotKnownIsToldInEnglish(String hspLang) {
        Run run = Cli.runIn(variable(hspLang), "report", "--lang", "xx", "--category", "x", example("mr-zhang.json"),
                "-o", folder.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("""
                hsp report: --lang: expected one of ja, en, zh, zh-Hant, ko, got "xx"
                hsp report: --category: unknown category "x"; expected one of ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, \
                BUSINESS_MANAGEMENT
                Try 'hsp report --help' for more information.
                """);
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | ID: unknown myth "zz"; known ids:
            ja      | ID：不明な誤解のID "zz" です。既知のID：
            zh      | ID：未知的误解 "zz"；已知的 ID：
            zh-Hant | ID：未知的誤解 "zz"；已知的 ID：
            ko      | ID: 알 수 없는 오해 "zz"입니다. 알려진 ID:
            """)
    void anUnknownFaqId(String language, String problem) {
        Run run = Cli.run("faq", "--lang", language, "zz");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("hsp faq: " + problem).endsWith("a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, "
                + "p, q, r, s, t, u, v\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | missing what to write: hsp new profile FILE, or hsp new case FILE
            ja      | 書くものが指定されていません：hsp new profile FILE 又は hsp new case FILE
            zh      | 缺少要写入的内容：hsp new profile FILE 或 hsp new case FILE
            zh-Hant | 缺少要寫入的內容：hsp new profile FILE 或 hsp new case FILE
            ko      | 쓸 내용이 지정되지 않았습니다: hsp new profile FILE 또는 hsp new case FILE
            """)
    void hspNewWithoutWhatToWrite(String language, String problem) {
        Run run = Cli.runIn(variable(language), "new");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("hsp new: " + problem + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ja      | hsp score: 標準入力からプロフィールのファイルを読み取っています（Ctrl-D で終了。Windows では Ctrl-Z の後に Enter）。代わりにファイルをパイプで渡すか（hsp score - < profile.json）、`hsp new profile` を実行して質問に答えてファイルを書いてください
            zh      | hsp score: 正在从标准输入读取个人资料文件（按 Ctrl-D 结束；Windows 上按 Ctrl-Z 后按 Enter）；也可以改为通过管道传入文件（hsp score - < profile.json），或运行 `hsp new profile`，通过回答问题写出文件
            zh-Hant | hsp score: 正在從標準輸入讀取個人資料檔案（按 Ctrl-D 結束；Windows 上按 Ctrl-Z 後按 Enter）；也可以改為透過管線傳入檔案（hsp score - < profile.json），或執行 `hsp new profile`，透過回答問題寫出檔案
            ko      | hsp score: 표준 입력에서 프로필 파일을 읽는 중입니다(Ctrl-D로 끝냅니다. Windows에서는 Ctrl-Z 다음 Enter). 대신 파일을 파이프로 전달하거나(hsp score - < profile.json), `hsp new profile`을 실행하여 질문에 답하고 파일을 쓰십시오
            """)
    void standardInputAtATerminal(String language, String hint) throws IOException {
        byte[] typed = Files.readAllBytes(Path.of(example("mr-zhang.json")));
        Run run = Cli.runWithStream(new TerminalInput(new ByteArrayInputStream(typed)), "score", "--lang", language, "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo(hint + System.lineSeparator());
    }

    @Test
    void aCaseOrAProfileAtATerminalInKoreanAndJapanese() throws IOException {
        byte[] typed = Files.readAllBytes(Path.of(example("case-zhang.json")));
        assertThat(Cli.runWithStream(new TerminalInput(new ByteArrayInputStream(typed)), "pr", "--lang", "ko", "-").err())
                .startsWith("hsp pr: 표준 입력에서 케이스 파일을 읽는 중입니다").contains("(hsp pr - < case.json)", "`hsp new case`");
        Run report = Cli.runWithStream(new TerminalInput(new ByteArrayInputStream(new byte[0])), "report", "--lang", "ja",
                "-", "-o", folder.resolve("x.pdf").toString());
        assertThat(report.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(report.err()).startsWith("hsp report: 標準入力からプロフィール又はケースのファイルを読み取っています");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | Points as of 2026-11-27 (rules in force since 2023-03-31), age 32
            ja      | 2026年11月27日時点の点数（2023年3月31日から施行のルール）、32歳
            zh      | 2026年11月27日的积分（自2023年3月31日起施行的规则），32岁
            zh-Hant | 2026年11月27日的積分（自2023年3月31日起施行的規則），32歲
            ko      | 2026년 11월 27일 기준 포인트(2023년 3월 31일부터 시행된 규칙), 32세
            """)
    void theRuleSetsDateAsTheLanguageWritesDates(String language, String firstLine) {
        Run run = Cli.run("score", "--lang", language, example("mr-zhang.json"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(firstLine + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | (rule set 2013-12-24 applies)
            ja      | （ルール2013年12月24日を適用）
            zh      | （适用规则2013年12月24日）
            zh-Hant | （適用規則2013年12月24日）
            ko      | (규칙 2013년 12월 24일 적용)
            """)
    void theRuleSetOfANoteAsTheLanguageWritesDates(String language, String ruleSet) throws IOException {
        Path n2 = Files.writeString(folder.resolve("n2.json"),
                "{\"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 8000000, \"japaneseLanguage\": {\"jlpt\": \"N2\"}}");
        Run run = Cli.run("score", "--lang", language, "--date", "2016-06-01", n2.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(ruleSet + "\n");
    }

    @Test
    void theRuleSetStaysIsoInJson() {
        for (String language : new String[] {"ja", "ko"}) {
            assertThat(Cli.run("score", "--json", "--lang", language, example("mr-zhang.json")).out())
                    .contains("\"ruleSet\" : \"2023-03-31\"").doesNotContain("2023年").doesNotContain("2023년");
            assertThat(Cli.run("advise", "--json", "--lang", language, example("ms-li.json")).out())
                    .contains("\"ruleSet\" : \"2023-03-31\"");
        }
    }

    @Test
    void theReportsOwnLinesInJapaneseAndKorean() {
        Run folderGiven = Cli.run("report", "--lang", "ja", example("mr-zhang.json"), "-o", folder.toString());
        assertThat(folderGiven.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(folderGiven.err()).isEqualTo("hsp report: " + folder + " に書き込めません：フォルダーです\n");
        Path missing = folder.resolve("none").resolve("x.pdf");
        assertThat(Cli.run("report", "--lang", "ko", example("mr-zhang.json"), "-o", missing.toString()).err())
                .isEqualTo("hsp report: " + missing + "에 쓸 수 없습니다: 그 폴더가 없습니다\n");
        Path written = folder.resolve("zhang.pdf");
        Run ok = Cli.run("report", "--lang", "zh", example("mr-zhang.json"), "-o", written.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.err()).matches("hsp report: 已写入 " + Pattern.quote(written.toString())
                + "（\\d+ 字节）\n");
        assertThat(Cli.run("report", "--lang", "zh-Hant", "--date", "2020-01-01", example("case-zhang.json"), "-o",
                written.toString()).err()).isEqualTo("hsp report: --date: 2020年1月1日早於案件的第一個快照（2022年4月1日）：案件沒有說明申請人在該日期的情況\n");
    }

    @Test
    void theReportsOwnLinesInEnglishAsBefore() {
        Run folderGiven = Cli.run("report", example("mr-zhang.json"), "-o", folder.toString());
        assertThat(folderGiven.err()).isEqualTo("hsp report: cannot write " + folder + ": is a directory\n");
        Path missing = folder.resolve("none").resolve("x.pdf");
        assertThat(Cli.run("report", example("mr-zhang.json"), "-o", missing.toString()).err())
                .isEqualTo("hsp report: cannot write " + missing + ": its folder does not exist\n");
        assertThat(Cli.run("report", "--date", "2020-01-01", example("case-zhang.json"), "-o",
                folder.resolve("x.pdf").toString()).err()).isEqualTo("hsp report: --date: 2020-01-01 is before the "
                + "case's first snapshot (2022-04-01): the case says nothing of the applicant then\n");
        Run ok = Cli.run("report", example("mr-zhang.json"), "-o", folder.resolve("y.pdf").toString());
        assertThat(ok.err()).matches("hsp report: wrote " + Pattern.quote(folder.resolve("y.pdf").toString())
                + " \\(\\d+ bytes\\)\n");
    }

    @Test
    void theBatchsOwnChecksInJapaneseKoreanAndChinese() throws IOException {
        Path csv = Files.writeString(folder.resolve("in.csv"), "birthDate,annualSalaryYen\n1990-01-01,8000000\n");
        Run chunk = Cli.run("batch", "--lang", "ja", "--chunk-rows", "0", csv.toString(), "-o",
                folder.resolve("out.csv").toString());
        assertThat(chunk.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(chunk.err()).isEqualTo("hsp batch: --chunk-rows：1以上を指定してください\n");
        assertThat(Cli.run("batch", "--lang", "ko", "--encoding", "bogus", csv.toString(), "-o",
                folder.resolve("out.csv").toString()).err())
                .isEqualTo("hsp batch: --encoding: 알 수 없는 인코딩 \"bogus\"입니다. UTF-8 또는 windows-31j를 지정하십시오\n");
        assertThat(Cli.run("batch", "--lang", "zh", csv.toString(), "-o", csv.toString()).err())
                .isEqualTo("hsp batch: -o " + csv + "：是输入文件；请指定其他输出文件\n");
        assertThat(Cli.run("batch", csv.toString(), "-o", csv.toString()).err())
                .isEqualTo("hsp batch: -o " + csv + ": is the input file; choose another output file\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | unknown column; did you mean "id"? (known columns: id,
            ja      | 不明な列です。"id" のことですか？（既知の列：id,
            zh      | 未知的列；您是否指 "id"？（已知列：id,
            zh-Hant | 未知的欄；您是否是指 "id"？（已知欄：id,
            ko      | 알 수 없는 열입니다. "id"을(를) 의미하셨습니까? (알려진 열: id,
            """)
    void aBatchsUnknownColumnInTheLanguage(String language, String problem) throws IOException {
        Path csv = Files.writeString(folder.resolve("in.csv"), "birthDate,annualSalaryYen,zz\n1990-01-01,8000000,1\n");
        Run run = Cli.run("batch", "--lang", language, csv.toString(), "-o", folder.resolve("out.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err().lines().toList().get(1)).contains(" zz: " + problem);
    }

    @Test
    void standardInputGivenTwiceInTraditionalChinese() {
        Run run = Cli.run("score", "--lang", "zh-Hant", "-", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("hsp score: - （標準輸入）被指定了多次；標準輸入只能讀取一次\n");
        assertThat(Cli.run("score", "-", "-").err())
                .isEqualTo("hsp score: - (standard input) is given more than once; it can be read only once\n");
    }

    /**
     * What the commands join in code, a label and its text and the parts of a line, is punctuated full-width
     * in Japanese and Chinese and stays half-width in English and Korean.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | '   Verdict: PARTLY'   | '  [x] ① 学歴 · Academic background, 20 points'
            ja      | '   判定：一部正しい'     | '  [x] ① 学歴、20点'
            zh      | '   判定：部分正确'      | '  [x] ① 学歴 · 学历，20分'
            zh-Hant | '   判定：部分正確'      | '  [x] ① 学歴 · 學歷，20分'
            ko      | '   판정: 일부 맞음' | '  [x] ① 学歴 · 학력, 20점'
            """)
    void theLabelsAndPartsOfALineJoinedInCode(String language, String verdict, String evidence) {
        assertThat(Cli.run("faq", "--lang", language, "a").out().lines()).contains(verdict);
        assertThat(Cli.run("checklist", "--lang", language, "--procedure", "change", example("case-zhang.json")).out()
                .lines()).anyMatch(line -> line.startsWith(evidence));
    }

    /**
     * A category and a route are named in the other languages than English (the official status 高度専門職1号ロ
     * with the translation beside it), where the code's identifiers stood; English keeps the identifiers.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en      | Best category: SPECIALIZED_TECHNICAL (80 points)                  | '  POINTS_80 '
            ja      | 最も有利な類型：高度専門職1号ロ（80点）                              | '  80点の特例 '
            zh      | 最有利的类别：高度専門職1号ロ · 高度专门・技术活动（80分）           | '  80分途径 '
            zh-Hant | 最有利的類別：高度専門職1号ロ · 高度專門・技術活動（80分）           | '  80分途徑 '
            ko      | 가장 유리한 유형: 高度専門職1号ロ · 고도전문·기술활동(80점)           | '  80점 특례 '
            """)
    void categoriesAndRoutesByName(String language, String best, String route) {
        assertThat(Cli.run("score", "--lang", language, example("mr-zhang.json")).out().lines()).contains(best);
        assertThat(Cli.run("pr", "--lang", language, example("case-zhang.json")).out().lines())
                .anyMatch(line -> line.startsWith(route));
    }

    /** A translation that is the official term itself is not shown twice: 資格, not 資格 · 資格. */
    @Test
    void aNameIsShownOnceWhereItsTranslationIsTheSameWord() {
        assertThat(Cli.run("score", "--lang", "zh-Hant", example("mr-zhang.json")).out().lines())
                .anyMatch(line -> line.startsWith("  資格  ")).noneMatch(line -> line.contains("資格 · 資格"));
        assertThat(Cli.run("checklist", "--lang", "zh-Hant", "--procedure", "pr", example("case-zhang.json")).out())
                .startsWith("永住許可申請於").doesNotContain("永住許可申請書（永住許可申請書）");
    }

    /**
     * The category headings of score and advise: in Chinese the official status and the translation, since the
     * translation of the activity would repeat its Japanese name with a character or two changed; in English
     * the official name and the translation in parentheses, as before.
     */
    @Test
    void theCategoryHeadingsInChineseNameTheStatusAndTheTranslation() {
        assertThat(Cli.run("score", "--lang", "zh", example("mr-zhang.json")).out())
                .contains("\nACADEMIC_RESEARCH — 高度専門職1号イ · 高度学术研究活动\n").doesNotContain(" (");
        assertThat(Cli.run("advise", "--lang", "zh-Hant", example("ms-li.json")).out())
                .startsWith("SPECIALIZED_TECHNICAL — 高度専門職1号ロ · 高度專門・技術活動\n");
        assertThat(Cli.run("score", example("mr-zhang.json")).out())
                .contains("\nACADEMIC_RESEARCH — 高度学術研究活動 (Advanced academic research activities)\n");
    }
}
