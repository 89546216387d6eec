package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API answers in the language the request's {@code Accept-Language} header asks for, with the
 * very texts {@code hsp ... --json --lang} prints; without the header, in English, as before.
 */
@ApiTest
class ApiLanguagesTest {

    private static final String PROFILE = read("examples/ms-li.json");
    private static final String CASE = read("examples/case-zhang.json");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"ja", "zh", "zh-Hant", "ko"})
    void assessmentsAdviceAndPermanentResidenceSpeakTheAskedLanguage(String tag) throws InvalidInputException {
        same(post("/api/v1/assessments", PROFILE, tag), CommandLine.run(PROFILE, "score", "--json", "--lang", tag, "-"));
        same(post("/api/v1/advice?target=80", PROFILE, tag),
                CommandLine.run(PROFILE, "advise", "--json", "--target", "80", "--lang", tag, "-"));
        same(post("/api/v1/permanent-residence?date=2027-10-01", CASE, tag),
                CommandLine.run(CASE, "pr", "--json", "--date", "2027-10-01", "--lang", tag, "-"));
    }

    /**
     * A query parameter refused (a value that is not one, out of range, not a date; or missing) in the
     * words of the command's option of the same name, in every language: the command's first line on
     * stderr is the API's message after the option's name, and both refuse the input (exit 2, 400).
     */
    @ParameterizedTest(name = "{0}?{2}")
    @CsvSource(delimiter = '|', textBlock = """
            advice              | advise    | target=75                       | --target 75
            advice              | advise    | target=abc                      | --target abc
            advice              | advise    | target=                         | --target=
            advice              | advise    | target=1000                     | --target 1000
            advice              | advise    | limit=0                         | --limit 0
            advice              | advise    | limit=x                         | --limit x
            advice              | advise    | category=x                      | --category x
            advice              | advise    | date=2020-13-01                 | --date 2020-13-01
            assessments         | score     | category=SALES                  | --category SALES
            assessments         | score     | date=2026-02-30                 | --date 2026-02-30
            assessments         | score     | date=1999-01-01                 | --date 1999-01-01
            permanent-residence | pr        | date=bad                        | --date bad
            family              | family    | date=2020-02-30                 | --date 2020-02-30
            checklists          | checklist | procedure=x                     | --procedure x
            checklists          | checklist | procedure=                      | --procedure=
            checklists          | checklist | expiry=2027-01-01               | -
            checklists          | checklist | procedure=extension&expiry=bad  | --procedure extension --expiry bad
            checklists          | checklist | procedure=coe&expiry=2027-01-01 | --procedure coe --expiry 2027-01-01
            """)
    void aRefusedParameterInTheWordsOfTheCommand(String endpoint, String command, String query, String options)
            throws InvalidInputException {
        String body = endpoint.equals("advice") || endpoint.equals("assessments") ? PROFILE : CASE;
        for (String tag : List.of("en", "ja", "zh", "zh-Hant", "ko")) {
            Http.Answer answer = post("/api/v1/" + endpoint + "?" + query, body, tag);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            JsonNode errors = StrictJson.parse(answer.body()).get("errors");
            assertThat(errors).as(answer.body()).hasSize(1);
            List<String> args = new ArrayList<>(List.of(command, "--json", "--lang", tag));
            if (!options.equals("-")) {
                args.addAll(List.of(options.split(" ")));
            }
            args.add("-");
            CommandLine.Run run = CommandLine.run(body, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().lines().findFirst()).as(tag).hasValue("hsp " + command + ": --"
                    + errors.get(0).get("path").stringValue() + ": " + errors.get(0).get("message").stringValue());
        }
    }

    /**
     * Several parameters refused at once: the API answers every one, and the command, given the same
     * options in the same order, tells every one on a line of its own, in the same words and the same
     * language, before its usage hint; a report's language refused is told in English by both when the
     * request asks for no other.
     */
    @ParameterizedTest(name = "{0}?{2}")
    @CsvSource(delimiter = '|', textBlock = """
            advice     | advise    | target=abc&limit=-1&category=X  | --target abc --limit -1 --category X
            advice     | advise    | target=75&limit=0               | --target 75 --limit 0
            reports    | report    | kind=nope&category=X            | --kind nope --category X
            checklists | checklist | procedure=x                     | --procedure x
            """)
    void everyRefusedParameterInTheWordsOfTheCommand(String endpoint, String command, String query, String options,
            @TempDir Path folder) throws InvalidInputException {
        String body = endpoint.equals("checklists") ? CASE : PROFILE;
        for (String tag : List.of("en", "ja", "zh", "zh-Hant", "ko")) {
            String language = endpoint.equals("reports") ? "&lang=" + tag : "";
            Http.Answer answer = post("/api/v1/" + endpoint + "?" + query + language, body, tag);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            JsonNode errors = StrictJson.parse(answer.body()).get("errors");
            List<String> args = new ArrayList<>(List.of(command, "--lang", tag));
            args.addAll(List.of(options.split(" ")));
            args.add("-");
            if (command.equals("report")) {
                args.addAll(List.of("-o", folder.resolve("x.pdf").toString()));
            }
            CommandLine.Run run = CommandLine.run(body, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            List<String> lines = run.err().lines().toList();
            assertThat(lines).as(tag).hasSize(errors.size() + 1);
            for (int i = 0; i < errors.size(); i++) {
                assertThat(lines.get(i)).as(tag).isEqualTo("hsp " + command + ": --"
                        + errors.get(i).get("path").stringValue() + ": " + errors.get(i).get("message").stringValue());
            }
        }
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aReportLanguageRefusedInEnglishByBoth(@TempDir Path folder) throws InvalidInputException {
        JsonNode errors = StrictJson.parse(new Http(port).postJson("/api/v1/reports?kind=nope&lang=fr", PROFILE)
                .body()).get("errors");
        CommandLine.Run run = CommandLine.run(PROFILE, "report", "--kind", "nope", "--lang", "fr", "-", "-o",
                folder.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("hsp report: --kind: " + errors.get(0).get("message").stringValue() + "\n"
                + "hsp report: --lang: " + errors.get(1).get("message").stringValue() + "\n"
                + "Try 'hsp report --help' for more information.\n");
        assertThat(errors.get(1).get("message").stringValue())
                .isEqualTo("expected one of ja, en, zh, zh-Hant, ko, got \"fr\"");
    }

    /**
     * The words themselves, in the five languages: the same table as the command line's test of these
     * options (CommandChecksLanguagesTest in the cli module), so that neither side can drift alone.
     */
    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en      | target   | 75  | expected 70 or 80, got 75
            en      | target   | abc | expected 70 or 80, got "abc"
            en      | limit    | 0   | expected at least 1, got 0
            en      | limit    | x   | expected at least 1, got "x"
            en      | category | x   | unknown category "x"; expected one of ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, BUSINESS_MANAGEMENT
            ja      | target   | 75  | 70または80を指定してください。指定された値：75
            ja      | target   | abc | 70または80を指定してください。指定された値："abc"
            ja      | limit    | x   | 1以上を指定してください。指定された値："x"
            ja      | category | x   | 不明な類型 "x" です。ACADEMIC_RESEARCH、SPECIALIZED_TECHNICAL、BUSINESS_MANAGEMENT のいずれかを指定してください
            zh      | target   | 75  | 须为70或80，实际为75
            zh      | limit    | x   | 须为不小于1的整数，实际为 "x"
            zh      | category | x   | 未知的类别 "x"；须为 ACADEMIC_RESEARCH、SPECIALIZED_TECHNICAL、BUSINESS_MANAGEMENT 之一
            zh-Hant | target   | abc | 須為70或80，實際為 "abc"
            zh-Hant | limit    | 0   | 須為不小於1的整數，實際為0
            zh-Hant | category | x   | 未知的類別 "x"；須為 ACADEMIC_RESEARCH、SPECIALIZED_TECHNICAL、BUSINESS_MANAGEMENT 之一
            ko      | target   | 75  | 70 또는 80을 지정해야 합니다. 입력된 값: 75
            ko      | limit    | x   | 1 이상을 지정해야 합니다. 입력된 값: "x"
            ko      | category | x   | 알 수 없는 유형 "x"입니다. ACADEMIC_RESEARCH, SPECIALIZED_TECHNICAL, BUSINESS_MANAGEMENT 중 하나를 지정하십시오
            """)
    void anAdviceParameterRefusedInTheseWords(String tag, String name, String value, String message)
            throws InvalidInputException {
        JsonNode error = StrictJson.parse(post("/api/v1/advice?" + name + "=" + value, PROFILE, tag).body())
                .get("errors").get(0);
        assertThat(error.get("path").stringValue()).isEqualTo(name);
        assertThat(error.get("message").stringValue()).isEqualTo(message);
    }

    @Test
    void withoutTheHeaderEnglishByteForByte() {
        Http.Answer english = new Http(port).postJson("/api/v1/assessments", PROFILE);
        assertThat(english.body()).isEqualTo(post("/api/v1/assessments", PROFILE, "en").body());
        assertThat(english.body()).contains("short by 10 points");
    }

    @Test
    void theFirstSpokenLanguageByWeightAndEnglishForOthers() {
        assertThat(post("/api/v1/assessments", PROFILE, "fr-FR, ko;q=0.9, ja;q=0.5").body()).contains("10점 부족");
        assertThat(post("/api/v1/assessments", PROFILE, "zh-TW").body()).contains("還差10分");
        assertThat(post("/api/v1/assessments", PROFILE, "de").body()).contains("short by 10 points");
    }

    @Test
    void theProblemsOfAnInvalidProfileSpeakTheAskedLanguageAtTheSamePaths() throws InvalidInputException {
        String invalid = "{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": -1, \"degrees\": [{\"level\": \"PHD\"}]}";
        Http.Answer unasked = new Http(port).postJson("/api/v1/assessments", invalid);
        assertThat(unasked.status()).isEqualTo(400);
        assertThat(unasked.contentType()).startsWith("application/problem+json");
        JsonNode english = StrictJson.parse(unasked.body()).get("errors");
        assertThat(english.toString()).contains("{\"in\":\"body\",\"path\":\"annualSalaryYen\","
                + "\"message\":\"must not be negative, got -1\"}");
        assertThat(post("/api/v1/assessments", invalid, "en").body()).isEqualTo(unasked.body());

        JsonNode japanese = StrictJson.parse(post("/api/v1/assessments", invalid, "ja").body()).get("errors");
        JsonNode korean = StrictJson.parse(post("/api/v1/assessments", invalid, "ko;q=0.9, fr").body()).get("errors");
        assertThat(japanese.size()).isEqualTo(english.size()).isEqualTo(korean.size()).isEqualTo(2);
        for (int i = 0; i < english.size(); i++) {
            assertThat(japanese.get(i).get("path")).isEqualTo(english.get(i).get("path"));
            assertThat(korean.get(i).get("path")).isEqualTo(english.get(i).get("path"));
        }
        assertThat(japanese.get(0).get("message").stringValue()).isEqualTo("負の値は指定できません。指定された値：-1");
        assertThat(japanese.get(1).get("message").stringValue()).isEqualTo("不明な値 \"PHD\" です。"
                + "DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, BACHELOR のいずれかを指定してください");
        assertThat(korean.get(0).get("message").stringValue()).isEqualTo("음수는 지정할 수 없습니다. 입력된 값: -1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ja      | 不正なリクエスト | パラメーター 'target' の値の%エスケープ
            zh      | 错误的请求       | 参数 'target' 的值中的%转义
            zh-Hant | 錯誤的請求       | 參數 'target' 的值中的%跳脫
            ko      | 잘못된 요청      | 매개변수 'target'의 값의 % 이스케이프
            """)
    void requestsTomcatRefusesBeforeSpringSpeakTheAskedLanguage(String tag, String title, String undecodable)
            throws Exception {
        RawHttp http = new RawHttp(port);
        for (String request : new String[] {
            "GET /%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + tag + "\r\nConnection: close\r\n\r\n",
            "GET /api/v1/faq HTTP/1.1\r\nHost: a b\r\nAccept-Language: " + tag + "\r\nConnection: close\r\n\r\n",
            "GET /api/v1/faq HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + tag + "\r\nX-Long: " + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n"}) {
            RawHttp.Answer answer = http.exchange(request);
            assertThat(answer.status()).as(request).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(request).contains("application/problem+json");
            JsonNode problem = StrictJson.parse(answer.text());
            assertThat(problem.get("title").stringValue()).as(request).isEqualTo(title);
            assertThat(problem.get("detail").stringValue()).as(request).isEqualTo(title);
        }
        RawHttp.Answer query = http.send("POST", "/api/v1/advice?target=%zz".getBytes(StandardCharsets.US_ASCII),
                List.of(("Accept-Language: " + tag).getBytes(StandardCharsets.US_ASCII),
                        "Content-Type: application/json".getBytes(StandardCharsets.US_ASCII)),
                PROFILE.getBytes(StandardCharsets.UTF_8));
        assertThat(query.status()).isEqualTo(400);
        JsonNode problem = StrictJson.parse(query.text());
        assertThat(problem.get("title").stringValue()).isEqualTo(title);
        assertThat(problem.get("detail").stringValue()).contains(undecodable).doesNotContain("Character decoding failed");
    }

    @Test
    void requestsTomcatRefusesBeforeSpringInEnglishAsBefore() throws Exception {
        RawHttp http = new RawHttp(port);
        JsonNode escape = StrictJson.parse(http.exchange("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                + "\r\n\r\n").text());
        assertThat(escape.get("title").stringValue()).isEqualTo("Bad Request");
        assertThat(escape.get("detail").stringValue()).isEqualTo("Bad Request");
        RawHttp.Answer line = http.exchange("G@T / HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ja\r\n\r\n");
        assertThat(line.status()).isEqualTo(400);
        assertThat(line.header("Content-Type")).contains("application/problem+json");
        assertThat(line.text()).doesNotContain("<html", "Tomcat");
        RawHttp.Answer query = http.send("POST", "/api/v1/advice?target=%zz".getBytes(StandardCharsets.US_ASCII),
                List.of("Content-Type: application/json".getBytes(StandardCharsets.US_ASCII)),
                PROFILE.getBytes(StandardCharsets.UTF_8));
        assertThat(StrictJson.parse(query.text()).get("detail").stringValue()).isEqualTo("The query string cannot be "
                + "decoded: the value of the parameter 'target' has a malformed %-escape (such as %20) or is not UTF-8.");
    }

    @Test
    void aBodyOverALimitIsRefusedInTheAskedLanguageWithTheSameLimit() throws InvalidInputException {
        String deep = "[".repeat(40) + "]".repeat(40);
        JsonNode english = StrictJson.parse(post("/api/v1/assessments", deep, "en").body());
        JsonNode japanese = StrictJson.parse(post("/api/v1/assessments", deep, "ja").body());
        JsonNode chinese = StrictJson.parse(post("/api/v1/assessments", deep, "zh-Hant").body());
        assertThat(english.get("status").intValue()).isEqualTo(413);
        assertThat(english.get("detail").stringValue())
                .isEqualTo("the request body nests objects and arrays more than 32 levels deep");
        assertThat(japanese.get("detail").stringValue())
                .isEqualTo("リクエストの本文のオブジェクトと配列の入れ子が 32 段を超えています");
        assertThat(chinese.get("detail").stringValue()).isEqualTo("請求本文中物件與陣列的巢狀超過 32 層");
        for (JsonNode translated : new JsonNode[] {japanese, chinese}) {
            assertThat(translated.get("status")).isEqualTo(english.get("status"));
            assertThat(translated.get("limit")).isEqualTo(english.get("limit"));
            assertThat(translated.get("limitValue")).isEqualTo(english.get("limitValue"));
        }
    }

    @Test
    void springsOwnRefusalsSpeakTheAskedLanguageAndEnglishStaysAsItWas() throws InvalidInputException {
        String[][] refusals = {
            // method, path, Accept, Content-Type, English detail, Japanese detail, Traditional Chinese detail
            {"PUT", "/api/v1/assessments", "application/json", "application/json", "Method 'PUT' is not supported.",
                "メソッド 'PUT' には対応していません。", "不支援方法 'PUT'。"},
            {"GET", "/api/v1/nope", "application/json", "", "No endpoint GET /api/v1/nope.",
                "エンドポイント GET /api/v1/nope はありません。", "沒有端點 GET /api/v1/nope。"},
            {"GET", "/api/v1/rule-sets", "text/csv", "", "Acceptable representations: [application/json].",
                "返せる表現：[application/json]。", "可傳回的表示形式：[application/json]。"},
            {"POST", "/api/v1/assessments", "application/json", "text/plain", "Content-Type 'text/plain' is not supported.",
                "Content-Type 'text/plain' には対応していません。", "不支援 Content-Type 'text/plain'。"},
            {"GET", "/api/v1/faq/zz", "application/json", "", "unknown myth \"zz\"; known ids: a, b, c, d, e, f, g, h, i, "
                + "j, k, l, m, n, o, p, q, r, s, t, u, v", "不明な誤解の ID \"zz\" です。ID は a, b, c, d, e, f, g, h, i, j, "
                + "k, l, m, n, o, p, q, r, s, t, u, v のいずれかです", "未知的誤解 ID \"zz\"；已知的 ID：a, b, c, d, e, f, g, h, "
                + "i, j, k, l, m, n, o, p, q, r, s, t, u, v"}};
        String[][] titles = {{"Method Not Allowed", "許可されていないメソッド", "不允許的方法"},
            {"Not Found", "見つかりません", "找不到"}, {"Not Acceptable", "受け入れられない形式", "無法接受"},
            {"Unsupported Media Type", "対応していないメディアタイプ", "不支援的媒體類型"},
            {"Not Found", "見つかりません", "找不到"}};
        for (int i = 0; i < refusals.length; i++) {
            String[] refusal = refusals[i];
            Http.Answer unasked = refused(refusal, null);
            JsonNode english = StrictJson.parse(unasked.body());
            assertThat(english.get("detail").stringValue()).as(refusal[1]).isEqualTo(refusal[4]);
            assertThat(english.get("title").stringValue()).isEqualTo(titles[i][0]);
            assertThat(refused(refusal, "en").body()).isEqualTo(unasked.body());
            for (int language = 1; language <= 2; language++) {
                Http.Answer answer = refused(refusal, language == 1 ? "ja" : "zh-Hant");
                JsonNode translated = StrictJson.parse(answer.body());
                assertThat(answer.status()).isEqualTo(unasked.status());
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(translated.get("detail").stringValue()).as(refusal[1]).isEqualTo(refusal[4 + language]);
                assertThat(translated.get("title").stringValue()).isEqualTo(titles[i][language]);
                assertThat(translated.get("status")).isEqualTo(english.get("status"));
                assertThat(translated.get("instance")).isEqualTo(english.get("instance"));
                assertThat(answer.response().headers().firstValue("Allow"))
                        .isEqualTo(unasked.response().headers().firstValue("Allow"));
            }
        }
    }

    private Http.Answer refused(String[] refusal, String acceptLanguage) {
        Http http = new Http(port);
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(refusal[1])).header("Accept", refusal[2])
                .method(refusal[0], refusal[3].isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (!refusal[3].isEmpty()) {
            request.header("Content-Type", refusal[3]);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request);
    }

    private Http.Answer post(String path, String body, String acceptLanguage) {
        Http http = new Http(port);
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .header("Accept-Language", acceptLanguage).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void same(Http.Answer answer, CommandLine.Run run) throws InvalidInputException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(StrictJson.parse(answer.body())).isEqualTo(StrictJson.parse(run.out()));
    }

    private static String read(String file) {
        try {
            return Files.readString(CaseFiles.repositoryRoot().resolve(Path.of(file)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
