package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.application.ApplicationStatus;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checklist and deadline texts of the workspace in the language asked: the API's checklist of a
 * file with Accept-Language has the English answer's keys, marks and counts, with the texts of that
 * language (English without the header, and with {@code en}, the same bytes); the application and
 * deadline pages show the texts of their URL's language.
 */
@ApiTest
class WorkspaceLanguagesTest extends OrganizationWithOneApplicant {

    @Autowired
    MessageSource messages;

    @Override
    String organizationName() {
        return "Languages";
    }

    @Test
    void theChecklistOfAFileKeepsItsShapeAndSpeaksTheLanguageAsked() {
        String path = "/api/v1/applications/" + applicant.applicationId() + "/checklist";
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        Answer english = program.get(path);
        assertThat(english.status()).as(english.body()).isEqualTo(200);
        assertThat(program.acceptLanguage("en").get(path).body()).isEqualTo(english.body());
        for (String tag : new String[] {"ja", "zh", "zh-Hant", "ko"}) {
            Answer translated = program.acceptLanguage(tag).get(path);
            assertThat(translated.status()).as(translated.body()).isEqualTo(200);
            List<String> englishTexts = texts(english.json());
            List<String> texts = texts(translated.json());
            assertThat(texts).as(tag).hasSameSizeAs(englishTexts).isNotEmpty();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i)).as(tag + " " + englishTexts.get(i)).isNotEqualTo(englishTexts.get(i));
            }
            assertThat(withoutTexts(translated.json())).as(tag).isEqualTo(withoutTexts(english.json()));
        }
    }

    @Test
    void theApplicationPageShowsTheChecklistInThePagesLanguage() {
        String path = "/api/v1/applications/" + applicant.applicationId() + "/checklist";
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        for (String tag : new String[] {"en", "ja", "ko"}) {
            JsonNode checklist = program.acceptLanguage(tag).get(path).json();
            Page page = PageClient.loggedIn(port, tag, organization.memberEmail(), Tenants.PASSWORD)
                    .get("/" + tag + "/workspace/applications/" + applicant.applicationId());
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode document : checklist.get("documents")) {
                assertThat(page.body()).as(tag).contains(html(document.get("text").stringValue()));
            }
        }
    }

    @Test
    void anApplicationWhoseApplicantLacksASnapshotSaysSoInThePagesLanguage() {
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        String applicantId = program.postJson("/api/v1/applicants", "{\"name\": \"Without a snapshot\"}").json()
                .get("id").stringValue();
        String applicationId = program.postJson("/api/v1/applicants/" + applicantId + "/applications",
                "{\"procedure\": \"EXTENSION\"}").json().get("id").stringValue();
        Answer refused = program.get("/api/v1/applications/" + applicationId + "/checklist");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("The applicant has no profile snapshot yet");
        String[][] expected = {
            {"en", "The checklist needs a profile snapshot of the applicant: add one on the applicant&#39;s page."},
            {"ja", "チェックリストには申請人のプロフィールのスナップショットが必要です。"},
            {"zh", "清单需要申请人的资料快照"},
            {"zh-Hant", "清單需要申請人的資料快照"},
            {"ko", "체크리스트에는 신청자의 프로필 스냅숏이 필요합니다."}};
        for (String[] language : expected) {
            Page page = PageClient.loggedIn(port, language[0], organization.memberEmail(), Tenants.PASSWORD)
                    .get("/" + language[0] + "/workspace/applications/" + applicationId);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).as(language[0]).contains(language[1]).doesNotContain("POST /api/v1");
        }
    }

    @Test
    void conflictsSpeakTheAskedLanguageAndEnglishStaysTheSame() {
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        String applicantId = program.postJson("/api/v1/applicants", "{\"name\": \"Conflicts\"}").json()
                .get("id").stringValue();
        String applicationId = program.postJson("/api/v1/applicants/" + applicantId + "/applications",
                "{\"procedure\": \"EXTENSION\"}").json().get("id").stringValue();
        String checklist = "/api/v1/applications/" + applicationId + "/checklist";
        Answer english = program.get(checklist);
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.body()).isEqualTo("{\n  \"type\" : \"about:blank\",\n  \"title\" : \"Conflict\",\n"
                + "  \"status\" : 409,\n  \"detail\" : \"The applicant has no profile snapshot yet: add one with POST "
                + "/api/v1/applicants/" + applicantId + "/snapshots.\",\n  \"instance\" : \"" + checklist + "\"\n}\n");
        assertThat(in("en").get(checklist).body()).isEqualTo(english.body());
        JsonNode japanese = in("ja").get(checklist).json();
        assertThat(japanese.get("title").stringValue()).isEqualTo("競合");
        assertThat(japanese.get("detail").stringValue()).isEqualTo("申請者のプロフィールのスナップショットがまだありません。"
                + "POST /api/v1/applicants/" + applicantId + "/snapshots で追加してください。");
        JsonNode traditional = in("zh-Hant").get(checklist).json();
        assertThat(traditional.get("title").stringValue()).isEqualTo("衝突");
        assertThat(traditional.get("detail").stringValue()).isEqualTo("申請人還沒有個人資料快照：請用 POST /api/v1/applicants/"
                + applicantId + "/snapshots 新增。");
        assertThat(in("ko").get(checklist).json().get("detail").stringValue())
                .startsWith("신청자의 프로필 스냅숏이 아직 없습니다.");

        ApplicationStatus refused = Arrays.stream(ApplicationStatus.values())
                .filter(status -> !ApplicationStatus.PREPARING.mayBecome(status)).findFirst().orElseThrow();
        String allowed = ApplicationStatus.PREPARING.next().stream().map(Enum::name).collect(Collectors.joining(", "));
        String events = "/api/v1/applications/" + applicationId + "/events";
        String event = "{\"date\": \"2026-11-27\", \"status\": \"" + refused + "\"}";
        Answer unasked = WorkspaceClient.program(port, organization.memberToken()).postJson(events, event);
        assertThat(unasked.status()).isEqualTo(409);
        assertThat(unasked.json().get("detail").stringValue()).isEqualTo("An application that is PREPARING cannot "
                + "become " + refused + "; allowed: " + allowed + ".");
        assertThat(in("en").postJson(events, event).body()).isEqualTo(unasked.body());
        assertThat(in("ja").postJson(events, event).json().get("detail").stringValue())
                .isEqualTo("PREPARING の申請は " + refused + " に変更できません。変更できる状態：" + allowed + "。");
        assertThat(in("zh-Hant").postJson(events, event).json().get("detail").stringValue())
                .isEqualTo("處於 PREPARING 的申請不能變為 " + refused + "；允許：" + allowed + "。");
    }

    /** A client of the API asking for {@code tag}; the client keeps the header for every later request. */
    private WorkspaceClient in(String tag) {
        return WorkspaceClient.program(port, organization.memberToken()).acceptLanguage(tag);
    }

    @Test
    void theDeadlinePagesShowTheDeadlinesTextsAndDatesInThePagesLanguage() {
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        for (String tag : new String[] {"ja", "ko"}) {
            JsonNode deadlines = program.acceptLanguage(tag)
                    .get("/api/v1/deadlines?applicant=" + applicant.id() + "&to=2027-02-24").json().get("deadlines");
            assertThat(deadlines).isNotEmpty();
            // The calendar page shows the next 90 days: today (2026-11-27 in the tests) to 2027-02-24.
            PageClient browser = PageClient.loggedIn(port, tag, organization.memberEmail(), Tenants.PASSWORD);
            Page calendar = browser.get("/" + tag + "/workspace/deadlines");
            Page applicantPage = browser.get("/" + tag + "/workspace/applicants/" + applicant.id());
            // Each deadline under its title in the page's language; the line under it says only what the title
            // and the day do not (DeadlineFactsOnceTest), so the API's text is not there whole.
            for (JsonNode deadline : deadlines) {
                String title = html(messages.getMessage("ws.deadline." + deadline.get("id").stringValue(), null,
                        Locale.forLanguageTag(tag)));
                assertThat(calendar.body()).as(tag).contains(title);
                assertThat(applicantPage.body()).as(tag).contains(title);
            }
            assertThat(calendar.body()).as(tag).contains(tag.equals("ja") ? "2027年1月30日" : "2027년 1월 30일");
        }
    }

    /** A text as the pages write it (Thymeleaf escapes only these five characters). */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static List<String> texts(JsonNode checklist) {
        List<String> texts = new ArrayList<>();
        checklist.get("documents").forEach(document -> texts.add(document.get("text").stringValue()));
        return texts;
    }

    private static JsonNode withoutTexts(JsonNode checklist) {
        ObjectNode copy = (ObjectNode) checklist.deepCopy();
        List<String> keep = List.of("applicationId", "items", "collected");
        ObjectNode shape = copy.objectNode();
        keep.forEach(name -> shape.set(name, copy.get(name)));
        List<String> keys = new ArrayList<>();
        for (String array : List.of("documents", "evidence")) {
            copy.get(array).forEach(item -> keys.add(item.get("key").stringValue() + "=" + item.get("collected")));
        }
        shape.put("keys", String.join(",", keys));
        return shape;
    }
}
