package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dates and times the workspace's pages show, in Japanese, Chinese and Korean: every day a page writes
 * for its reader (an applicant's next deadline in the list, the start of the residence, the rules' first
 * day, a token's days, the day a calendar address was made, an audit entry's time) is written as the
 * language writes a date, never as ISO 8601, which stays in the forms' fields and in datetime attributes;
 * the audit log names its actors by their e-mail.
 */
@ApiTest
class WorkspaceDatesTest extends OrganizationWithOneApplicant {

    /** A day as ISO 8601 writes it. */
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** What a reader does not see as text: the head, scripts, and the text of the forms' fields. */
    private static final Pattern HIDDEN = Pattern.compile("(?s)<head>.*?</head>|<textarea[^>]*>.*?</textarea>"
            + "|<script[^>]*>.*?</script>|<title>.*?</title>");

    @Override
    String organizationName() {
        return "Dates";
    }

    @BeforeAll
    void aCalendarAddress() {
        PageClient owner = PageClient.loggedIn(port, "en", organization.ownerEmail(), Tenants.PASSWORD);
        String formKey = PageText.formKey(owner.get("/en/workspace/deadlines").body());
        assertThat(owner.post("/en/workspace/deadlines/calendar-feed", Map.of("formKey", formKey)).status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"ja, 2026年11月27日, 2022年4月1日, 2027年1月30日", "zh, 2026年11月27日, 2022年4月1日, 2027年1月30日",
        "zh-Hant, 2026年11月27日, 2022年4月1日, 2027年1月30日", "ko, 2026년 11월 27일, 2022년 4월 1일, 2027년 1월 30일"})
    void everyDayAPageShowsIsWrittenInItsLanguage(String lang, String today, String residentSince, String nextDeadline) {
        PageClient owner = PageClient.loggedIn(port, lang, organization.ownerEmail(), Tenants.PASSWORD);
        String base = "/" + lang + "/workspace";
        Map<String, List<String>> expected = Map.of(
                "/applicants", List.of(nextDeadline),
                "/applicants/" + applicant.id(), List.of(residentSince, nextDeadline),
                "/applications/" + applicant.applicationId(), List.of(today),
                "/deadlines", List.of(nextDeadline, today),
                "/tokens", List.of(today),
                "/audit", List.of(today + " 12:00:00", organization.ownerEmail()),
                "/members", List.of(organization.memberEmail()));
        expected.forEach((path, shown) -> {
            Page page = owner.get(base + path);
            assertThat(page.status()).as(lang + path).isEqualTo(200);
            String text = visibleText(page.body());
            Matcher iso = ISO_DAY.matcher(text);
            boolean found = iso.find();
            assertThat(found).as(lang + path + " shows an ISO date: " + (found ? around(text, iso) : "")).isFalse();
            assertThat(text).as(lang + path).contains(shown);
        });
    }

    private static String visibleText(String html) {
        return HIDDEN.matcher(html).replaceAll(" ").replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    private static String around(String text, Matcher found) {
        return text.substring(Math.max(0, found.start() - 60), Math.min(text.length(), found.end() + 20));
    }
}
