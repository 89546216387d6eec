package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hspnavigator.web.workspace.PageText.between;
import static org.hspnavigator.web.workspace.PageText.html;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * A snapshot added and corrected on the pages with the questions of the self-assessment form: the adding
 * form filled in with the latest snapshot's answers, the correcting one with the snapshot corrected, both
 * saved as the API stores a profile; a refused answer next to its question and in the summary by the
 * question's label, in every language, with every answer kept; a pasted profile JSON still taken
 * instead of the answers, and a profile the questions cannot hold all of filled in as JSON.
 */
@ApiTest
class SnapshotQuestionsTest {

    private static final String[] LANGUAGES = {"en", "ja", "zh", "zh-Hant", "ko"};

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    MessageSource messages;

    @Test
    void theAddingFormIsFilledInWithTheLatestSnapshotsAnswersOnTodaysDate() {
        Tenants.Organization organization = tenants.organization("Questions");
        Tenants.Applicant applicant = tenants.applicant(organization, "Filled in");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        String page = member.get("/en/workspace/applicants/" + applicant.id()).body();

        assertThat(between(page, "id=\"referenceDate\"", ">")).contains("type=\"date\"").contains("value=\"2026-11-27\"");
        assertThat(value(page, "q-birthDate")).isEqualTo("1994-03-10");
        assertThat(value(page, "q-annualSalaryYen")).isEqualTo("8000000");
        assertThat(value(page, "q-degrees-0-field")).isEqualTo("Computer science");
        assertThat(value(page, "q-careerYears-specializedTechnical")).isEqualTo("5");
        assertThat(selected(page, "q-degrees-0-level")).isEqualTo("MASTER");
        assertThat(selected(page, "q-japaneseLanguage-jlpt")).isEqualTo("N2");
        // The snapshot's date is asked once, as its date; the JSON waits folded away, empty.
        assertThat(page).doesNotContain("id=\"q-referenceDate\"").doesNotContain("id=\"q-id\"");
        assertThat(between(page, "id=\"profile\"", "</textarea>")).doesNotContain("8000000");
        assertThat(between(page, "id=\"paste-profile\"", ">")).doesNotContain("open");
        assertThat(page).contains(html(text("ws.snapshots.answers", "en")));
    }

    @Test
    void aSnapshotIsAddedWithTheAnswers() {
        Tenants.Organization organization = tenants.organization("Questions");
        Tenants.Applicant applicant = tenants.applicant(organization, "Added");
        PageClient member = PageClient.loggedIn(port, "ja", organization.memberEmail(), Tenants.PASSWORD);
        String path = "/ja/workspace/applicants/" + applicant.id();
        member.get(path);

        Map<String, String> answers = zhang("2026-12-15");
        answers.put("annualSalaryYen", "9,000,000");
        answers.put("japaneseLanguage.jlpt", "N1");
        Page saved = member.post(path + "/snapshots", answers);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(member.get(path).body()).contains(text("ws.saved.snapshot", "ja"));
        JsonNode latest = snapshots(organization, applicant).get(1).get("profile");
        assertThat(latest.get("referenceDate").asString()).isEqualTo("2026-12-15");
        assertThat(latest.get("annualSalaryYen").asLong()).isEqualTo(9_000_000L);
        assertThat(latest.get("japaneseLanguage").get("jlpt").asString()).isEqualTo("N1");
        assertThat(latest.get("degrees").get(0).get("level").asString()).isEqualTo("MASTER");
        assertThat(latest.get("careerYears").get("specializedTechnical").asInt()).isEqualTo(5);
        // The next snapshot starts from this one.
        assertThat(value(member.get(path).body(), "q-annualSalaryYen")).isEqualTo("9000000");
    }

    @Test
    void theCorrectingFormIsFilledInWithTheSnapshotAndSavesTheAnswers() {
        Tenants.Organization organization = tenants.organization("Questions");
        Tenants.Applicant applicant = tenants.applicant(organization, "Corrected");
        PageClient member = PageClient.loggedIn(port, "zh", organization.memberEmail(), Tenants.PASSWORD);
        String path = "/zh/workspace/applicants/" + applicant.id() + "/snapshots/" + applicant.snapshotId();
        String form = member.get(path).body();
        assertThat(between(form, "id=\"referenceDate\"", ">")).contains("value=\"2026-11-27\"");
        assertThat(value(form, "q-annualSalaryYen")).isEqualTo("8000000");
        assertThat(selected(form, "q-degrees-0-level")).isEqualTo("MASTER");
        assertThat(form).contains(html(text("ws.snapshot.answers", "zh")));

        Map<String, String> answers = zhang("2026-11-27");
        answers.put("annualSalaryYen", "8100000");
        Page saved = member.post(path, answers);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        JsonNode snapshots = snapshots(organization, applicant);
        assertThat(snapshots.size()).isEqualTo(1);
        assertThat(snapshots.get(0).get("profile").get("annualSalaryYen").asLong()).isEqualTo(8_100_000L);
        assertThat(value(member.get(path).body(), "q-annualSalaryYen")).isEqualTo("8100000");
    }

    @Test
    void aRefusedAnswerStandsNextToItsQuestionAndEveryAnswerIsKept() {
        Tenants.Organization organization = tenants.organization("Questions");
        Tenants.Applicant applicant = tenants.applicant(organization, "Refused");
        for (String lang : LANGUAGES) {
            PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
            String path = "/" + lang + "/workspace/applicants/" + applicant.id();
            member.get(path);
            Map<String, String> answers = zhang("2026-12-20");
            answers.put("birthDate", "1994-02-30");
            answers.put("annualSalaryYen", "9300000");
            Page refused = member.post(path + "/snapshots", answers);

            assertThat(refused.status()).as(lang).isEqualTo(400);
            String colon = lang.startsWith("zh") || lang.equals("ja") ? "：" : ": ";
            String summary = between(refused.body(), "id=\"problems\"", "</ul>");
            assertThat(summary).as(lang)
                    .contains("<a href=\"#q-birthDate\">" + html(text("field.birthDate", lang)) + colon);
            assertThat(summary.replace("href=\"#q-birthDate\"", "")).as(lang + ": the words").doesNotContain("birthDate");
            assertThat(between(refused.body(), "id=\"q-birthDate-problem\"", "</p>")).as(lang).contains("1994-02-30");
            assertThat(between(refused.body(), "id=\"q-birthDate\"", ">")).as(lang).contains("value=\"1994-02-30\"")
                    .contains("aria-invalid=\"true\"");
            assertThat(between(refused.body(), "id=\"referenceDate\"", ">")).as(lang).contains("value=\"2026-12-20\"");
            assertThat(value(refused.body(), "q-annualSalaryYen")).as(lang).isEqualTo("9300000");
            assertThat(value(refused.body(), "q-degrees-0-field")).as(lang).isEqualTo("Computer science");
            assertThat(selected(refused.body(), "q-japaneseLanguage-jlpt")).as(lang).isEqualTo("N2");
        }
        assertThat(snapshots(organization, applicant).size()).isEqualTo(1);
    }

    @Test
    void answersOnTheDateOfAnotherSnapshotAreRefusedNextToTheDate() {
        Tenants.Organization organization = tenants.organization("Questions");
        Tenants.Applicant applicant = tenants.applicant(organization, "Same date");
        PageClient member = PageClient.loggedIn(port, "ko", organization.memberEmail(), Tenants.PASSWORD);
        String path = "/ko/workspace/applicants/" + applicant.id();
        member.get(path);
        Page refused = member.post(path + "/snapshots", zhang("2026-11-27"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(between(refused.body(), "id=\"referenceDate-problem\"", "</p>"))
                .contains(html(text("ws.snapshots.sameDate", "ko", Language.KO.date(LocalDate.of(2026, 11, 27)))));
    }

    @Test
    void aPastedProfileJsonIsTakenInsteadOfTheAnswers() {
        Tenants.Organization organization = tenants.organization("Questions");
        Tenants.Applicant applicant = tenants.applicant(organization, "Pasted");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        String path = "/en/workspace/applicants/" + applicant.id();
        member.get(path);
        Map<String, String> form = zhang("2027-01-10");
        form.put("annualSalaryYen", "7000000");
        form.put("profile", Tenants.SNAPSHOT.replace("8000000", "8800000"));

        Page saved = member.post(path + "/snapshots", form);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        JsonNode latest = snapshots(organization, applicant).get(1).get("profile");
        assertThat(latest.get("annualSalaryYen").asLong()).isEqualTo(8_800_000L);
        assertThat(latest.get("referenceDate").asString()).isEqualTo("2027-01-10");

        // Refused, the JSON is shown again, unfolded, with its problem next to it.
        member.get(path);
        form.put("profile", Tenants.SNAPSHOT.replace("8000000", "-1"));
        form.put("referenceDate", "2027-02-10");
        Page refused = member.post(path + "/snapshots", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(between(refused.body(), "id=\"paste-profile\"", ">")).contains("open");
        assertThat(between(refused.body(), "id=\"profile-problem\"", "</p>")).contains("annualSalaryYen");
        assertThat(between(refused.body(), "id=\"profile\"", "</textarea>")).contains("-1");
        assertThat(value(refused.body(), "q-annualSalaryYen")).isEqualTo("7000000");
    }

    @Test
    void aProfileWithMoreDegreesThanTheQuestionsHoldIsFilledInAsJson() {
        Tenants.Organization organization = tenants.organization("Questions");
        Tenants.Applicant applicant = tenants.applicant(organization, "Four degrees");
        WorkspaceClient owner = WorkspaceClient.loggedIn(port, organization.ownerEmail(), Tenants.PASSWORD);
        String degree = "{\"level\": \"BACHELOR\", \"field\": \"Field %d\"}";
        String degrees = String.join(", ", degree.formatted(1), degree.formatted(2), degree.formatted(3),
                degree.formatted(4));
        assertThat(owner.postJson("/api/v1/applicants/" + applicant.id() + "/snapshots", Tenants.SNAPSHOT
                .replace("2026-11-27", "2026-12-01")
                .replace("[{\"level\": \"MASTER\", \"field\": \"Computer science\"}]", "[" + degrees + "]"))
                .status()).isEqualTo(201);
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);

        String page = member.get("/en/workspace/applicants/" + applicant.id()).body();

        // Nothing of the fourth degree is lost to the three blocks of questions.
        assertThat(between(page, "id=\"paste-profile\"", ">")).contains("open");
        assertThat(between(page, "id=\"profile\"", "</textarea>")).contains("Field 4");
        assertThat(page).contains(html(text("ws.snapshots.answers.json", "en")));
    }

    /** Mr Zhang's answers (examples/mr-zhang.json) as the form sends them, on {@code date}. */
    private static Map<String, String> zhang(String date) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("referenceDate", date);
        answers.put("birthDate", "1994-03-10");
        answers.put("degrees.0.level", "MASTER");
        answers.put("degrees.0.field", "Computer science");
        answers.put("careerYears.specializedTechnical", "5");
        answers.put("annualSalaryYen", "8000000");
        answers.put("japaneseLanguage.jlpt", "N2");
        answers.put("position", "NONE");
        answers.put("profile", "");
        return answers;
    }

    private JsonNode snapshots(Tenants.Organization organization, Tenants.Applicant applicant) {
        WorkspaceClient owner = WorkspaceClient.loggedIn(port, organization.ownerEmail(), Tenants.PASSWORD);
        return owner.get("/api/v1/applicants/" + applicant.id() + "/snapshots").json().get("snapshots");
    }

    /** The value of a text field. */
    private static String value(String page, String id) {
        return PageText.found(Pattern.compile("value=\"([^\"]*)\""), between(page, "id=\"" + id + "\"", ">"));
    }

    /** The value of a list's chosen option. */
    private static String selected(String page, String id) {
        return PageText.found(Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected"),
                between(page, "id=\"" + id + "\"", "</select>"));
    }

    private String text(String key, String lang, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(lang));
    }
}
