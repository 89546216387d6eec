package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A deadline as a consultant reads it, in every language: on the deadlines page and on the applicant's page
 * its line under the title says only what the title and the day do not ("Period of stay expires: last day to
 * apply" over "file before the period of stay expires on 2027-01-31" said each fact twice); in the calendar
 * feed made on a page, the event's title joins the applicant's name and the deadline's as the pages punctuate
 * a label (the full-width "：" in Japanese and Chinese).
 */
@ApiTest
class DeadlineFactsOnceTest {

    /** A deadline's day, title and the line under it (if any), on either page. */
    private static final Pattern DEADLINE = Pattern.compile("<time datetime=\"[^\"]+\">([^<]+)</time>\\s*"
            + "(?:</th>\\s*<td[^>]*>\\s*)?<(?:a|span)(?: [^>]*)?>([^<]+)</(?:a|span)>\\s*"
            + "(?:<span class=\"hint\">([^<]*)</span>)?");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    private Tenants.Organization organization;
    private String applicantId;

    /**
     * An applicant whose period of stay expires on 2027-01-31, within the 90 days after 2026-11-27, who had
     * 80 points a year before (a permanent-residence route within reach) and turns 30 on 2027-01-15 (a
     * drop of the points).
     */
    @BeforeEach
    void anApplicantWithDeadlinesSoon() {
        organization = tenants.organization("Deadline facts");
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        applicantId = program.postJson("/api/v1/applicants", "{\"name\": \"Near\", \"employerCategory\": 3, "
                + "\"residence\": {\"continuousSince\": \"2022-04-01\"}, \"periodOfStayExpiry\": \"2027-01-31\"}")
                .json().get("id").stringValue();
        Answer snapshot = program.postJson("/api/v1/applicants/" + applicantId + "/snapshots",
                Tenants.SNAPSHOT.replace("1994-03-10", "1997-01-15").replace("2026-11-27", "2025-12-01"));
        assertThat(snapshot.status()).as(snapshot.body()).isEqualTo(201);
    }

    @Test
    void eachFactOfADeadlineIsSaidOnce() {
        List<String> repeated = new ArrayList<>();
        for (Language language : Language.values()) {
            PageClient member = PageClient.loggedIn(port, language.tag(), organization.memberEmail(), Tenants.PASSWORD);
            for (String path : List.of("/workspace/deadlines", "/workspace/applicants/" + applicantId)) {
                String page = "/" + language.tag() + path;
                Matcher deadline = DEADLINE.matcher(member.get(page).body());
                int found = 0;
                int withLine = 0;
                while (deadline.find()) {
                    found++;
                    String day = text(deadline.group(1));
                    String title = text(deadline.group(2));
                    String line = deadline.group(3) == null ? "" : text(deadline.group(3));
                    withLine += line.isEmpty() ? 0 : 1;
                    if (words(line).contains(words(title))) {
                        repeated.add(page + ": the line under \"" + title + "\" repeats it: " + line);
                    }
                    if (line.contains(day)) {
                        repeated.add(page + ": the line under \"" + title + "\" repeats its day " + day + ": " + line);
                    }
                }
                assertThat(found).as(page + ": deadlines (the last day to apply, a route, a drop)").isGreaterThanOrEqualTo(3);
                assertThat(withLine).as(page + ": deadlines with a line under their title").isPositive();
            }
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void theFeedsEventTitlesArePunctuatedAsThePagesAre() {
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        String path = program.postJson("/api/v1/me/calendar-feed", "{}").json().get("path").stringValue();
        for (Language language : Language.values()) {
            String feed = PageClient.anonymous(port).get(path + "?lang=" + language.tag()).body();
            for (String line : feed.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(language.tag() + ": " + line)
                        .isLessThanOrEqualTo(75);
            }
            List<String> summaries = feed.replace("\r\n ", "").lines().filter(line -> line.startsWith("SUMMARY:")).toList();
            assertThat(summaries).as(language.tag()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(summary -> assertThat(summary).startsWith("SUMMARY:" + language.labelled("Near", "")));
        }
    }

    /** An element's text as the page escaped it, read back. */
    private static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").strip();
    }

    /** The letters and digits of a text, in lower case: "the earliest day" holds "Earliest day". */
    private static String words(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
