package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.CommandLine;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deadlines of the workspace against the command line on the same case, on both sides of each date:
 * the extension deadlines against {@code hsp checklist --procedure extension --expiry}, the 14-day notices
 * against the checklist's rule, the earliest permanent-residence date against {@code hsp pr} the day
 * before and on it, and the last day before the points drop against {@code hsp advise}'s forecast and
 * {@code hsp score} on that day and the next. Today is 2026-11-27 in the tests, as on the command line.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    private WorkspaceClient program;
    private JsonNode caseZhang;

    @BeforeAll
    void organization() throws Exception {
        program = WorkspaceClient.program(port, tenants.organization("Deadlines").memberToken());
        caseZhang = StrictJson.parse(Files.readString(CaseFiles.repositoryRoot().resolve("examples/case-zhang.json")));
    }

    @ParameterizedTest(name = "expiry {0}")
    @ValueSource(strings = {"2027-04-30", "2027-05-31", "2028-05-31", "2027-02-28", "2027-12-31"})
    void extensionDeadlinesAreThoseOfHspChecklist(String expiry) throws Exception {
        String applicant = program.postJson("/api/v1/applicants", "{\"name\": \"Expiry " + expiry
                + "\", \"periodOfStayExpiry\": \"" + expiry + "\"}").json().get("id").stringValue();
        CommandLine.Run run = CommandLine.run(StrictJson.toText(caseZhang), "checklist", "--json", "--procedure",
                "extension", "--expiry", expiry, "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode deadline : StrictJson.parse(run.out()).get("deadlines")) {
            if (!deadline.get("date").isNull()) {
                expected.put(deadline.get("id").stringValue(), deadline.get("date").stringValue() + " "
                        + deadline.get("text").stringValue());
            }
        }
        assertThat(expected).containsKeys("extensionWindowOpens", "applyBy", "specialPeriodEnds");
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode deadline : deadlines(applicant, "2026-01-01", "2030-12-31")) {
            listed.put(deadline.get("id").stringValue(), deadline.get("date").stringValue() + " "
                    + deadline.get("text").stringValue());
        }
        assertThat(listed).isEqualTo(expected);
        String opens = expected.get("extensionWindowOpens").substring(0, 10);
        assertThat(ids(deadlines(applicant, opens, opens))).contains("extensionWindowOpens");
        assertThat(ids(deadlines(applicant, LocalDate.parse(opens).plusDays(1).toString(), "2030-12-31")))
                .doesNotContain("extensionWindowOpens");
        assertThat(ids(deadlines(applicant, "2026-01-01", LocalDate.parse(opens).minusDays(1).toString())))
                .doesNotContain("extensionWindowOpens");
    }

    @Test
    void noticesEndOnTheFourteenthDayAfterTheEventInTheWordsOfHspChecklist() throws Exception {
        Tenants.Applicant applicant = applicant("Notices");
        for (String date : new String[] {"2026-11-27", "2026-12-31"}) {
            assertThat(program.postJson("/api/v1/applications/" + applicant.applicationId() + "/events",
                    "{\"date\": \"" + date + "\", \"kind\": \"ADDRESS_SETTLED\"}").status()).isEqualTo(201);
        }
        CommandLine.Run run = CommandLine.run(StrictJson.toText(caseZhang), "checklist", "--json", "--procedure",
                "change", "-");
        String rule = null;
        for (JsonNode deadline : StrictJson.parse(run.out()).get("deadlines")) {
            if (deadline.get("id").stringValue().equals("addressRegistration")) {
                rule = deadline.get("text").stringValue();
            }
        }
        assertThat(rule).contains("14 days");
        Map<String, String> notices = new TreeMap<>();
        for (JsonNode deadline : deadlines(applicant.id(), "2026-01-01", "2030-12-31")) {
            if (deadline.get("id").stringValue().equals("addressRegistration")) {
                notices.put(deadline.get("date").stringValue(), deadline.get("text").stringValue());
            }
        }
        assertThat(notices).containsOnlyKeys("2026-12-11", "2027-01-14");
        assertThat(notices.values()).containsOnly(rule);
    }

    @Test
    void theEarliestPermanentResidenceDateIsThatOfHspPrAndNotTheDayBefore() throws Exception {
        ObjectNode notYet = (ObjectNode) caseZhang.deepCopy();
        ((ObjectNode) notYet.get("residence")).put("continuousSince", "2024-06-01");
        ((ObjectNode) notYet.get("residence")).remove("hsp");
        String applicant = fromCase("Not yet", notYet);
        JsonNode pr = StrictJson.parse(CommandLine.run(StrictJson.toText(notYet), "pr", "--json", "--date",
                TODAY.toString(), "-").out());
        LocalDate earliest = null;
        String route = null;
        for (JsonNode candidate : pr.get("routes")) {
            if (!candidate.get("earliestDate").isNull()) {
                LocalDate date = LocalDate.parse(candidate.get("earliestDate").stringValue());
                if (earliest == null || date.isBefore(earliest)) {
                    earliest = date;
                    route = candidate.get("route").stringValue();
                }
            }
        }
        assertThat(earliest).isAfter(TODAY);
        JsonNode listed = only(deadlines(applicant, "2026-01-01", "2036-12-31"), "permanentResidenceEarliest");
        assertThat(listed.get("date").stringValue()).isEqualTo(earliest.toString());
        assertThat(listed.get("text").stringValue()).contains(route);
        assertThat(met(notYet, earliest.minusDays(1), route)).isFalse();
        assertThat(met(notYet, earliest, route)).isTrue();
    }

    @Test
    void theLastDayBeforeThePointsDropIsThatOfHspAdviseAndHspScore() throws Exception {
        ObjectNode young = (ObjectNode) caseZhang.deepCopy();
        for (JsonNode snapshot : young.get("snapshots")) {
            ((ObjectNode) snapshot).put("birthDate", "1997-01-15");
        }
        String applicant = fromCase("Turning thirty", young);
        JsonNode latest = young.get("snapshots").get(2).deepCopy();
        ((ObjectNode) latest).put("referenceDate", TODAY.toString());
        JsonNode advice = StrictJson.parse(CommandLine.run(StrictJson.toText(latest), "advise", "--json",
                "--category", "SPECIALIZED_TECHNICAL", "-").out());
        String lastDay = null;
        for (JsonNode event : advice.get("forecast")) {
            if (!event.get("lastDayBefore").isNull()) {
                lastDay = event.get("lastDayBefore").stringValue();
                break;
            }
        }
        assertThat(lastDay).isEqualTo("2027-01-14");
        JsonNode listed = only(deadlines(applicant, "2026-01-01", "2031-12-31"), "lastDayBeforePointsDrop");
        assertThat(listed.get("date").stringValue()).isEqualTo(lastDay);
        int before = points(latest, lastDay);
        int after = points(latest, LocalDate.parse(lastDay).plusDays(1).toString());
        assertThat(after).isLessThan(before);
        assertThat(listed.get("text").stringValue()).contains(before + " points", "are " + after);
    }

    @Test
    void acceptLanguageGivesTheTextsOfHspChecklistInThatLanguageAndTheSameDeadlines() throws Exception {
        String expiry = "2027-04-30";
        String applicant = program.postJson("/api/v1/applicants", "{\"name\": \"Languages\", \"periodOfStayExpiry\": \""
                + expiry + "\"}").json().get("id").stringValue();
        JsonNode english = deadlines(applicant, "2026-01-01", "2030-12-31");
        for (String tag : new String[] {"ja", "zh", "zh-Hant", "ko"}) {
            CommandLine.Run run = CommandLine.run(StrictJson.toText(caseZhang), "checklist", "--json", "--procedure",
                    "extension", "--expiry", expiry, "--lang", tag, "-");
            assertThat(run.exitCode()).as(run.err()).isZero();
            Map<String, String> expected = new TreeMap<>();
            for (JsonNode deadline : StrictJson.parse(run.out()).get("deadlines")) {
                if (!deadline.get("date").isNull()) {
                    expected.put(deadline.get("id").stringValue(), deadline.get("text").stringValue());
                }
            }
            JsonNode translated = deadlines(program.acceptLanguage(tag), applicant, "2026-01-01", "2030-12-31");
            program.acceptLanguage(null);
            Map<String, String> listed = new TreeMap<>();
            for (int i = 0; i < translated.size(); i++) {
                JsonNode deadline = translated.get(i);
                listed.put(deadline.get("id").stringValue(), deadline.get("text").stringValue());
                ObjectNode withoutText = (ObjectNode) deadline.deepCopy();
                ObjectNode englishWithoutText = (ObjectNode) english.get(i).deepCopy();
                withoutText.remove("text");
                englishWithoutText.remove("text");
                assertThat(withoutText).as(tag).isEqualTo(englishWithoutText);
            }
            assertThat(listed).as(tag).isEqualTo(expected);
            assertThat(listed.values()).as(tag).allSatisfy(text -> assertThat(text).doesNotContain("the ", "day"));
        }
    }

    @Test
    void thePermanentResidenceAndPointsDropTextsAreInTheLanguageAsked() throws Exception {
        ObjectNode young = (ObjectNode) caseZhang.deepCopy();
        for (JsonNode snapshot : young.get("snapshots")) {
            ((ObjectNode) snapshot).put("birthDate", "1997-01-15");
        }
        ObjectNode notYet = (ObjectNode) caseZhang.deepCopy();
        ((ObjectNode) notYet.get("residence")).put("continuousSince", "2024-06-01");
        ((ObjectNode) notYet.get("residence")).remove("hsp");
        String applicant = fromCase("Texts", young);
        String resident = fromCase("Texts of residence", notYet);
        JsonNode english = deadlines(applicant, "2026-01-01", "2036-12-31");
        assertThat(only(deadlines(resident, "2026-01-01", "2036-12-31"), "permanentResidenceEarliest").get("text")
                .stringValue()).startsWith("the earliest day to apply for permanent residence, by the route POINTS_");
        assertThat(only(english, "lastDayBeforePointsDrop").get("text").stringValue())
                .startsWith("the last day with ").contains(" points in SPECIALIZED_TECHNICAL: from 2027-01-15 they are ");
        JsonNode japanese = deadlines(program.acceptLanguage("ja"), applicant, "2026-01-01", "2036-12-31");
        JsonNode korean = deadlines(program.acceptLanguage("ko"), applicant, "2026-01-01", "2036-12-31");
        JsonNode koreanResident = deadlines(program, resident, "2026-01-01", "2036-12-31");
        program.acceptLanguage("ja");
        JsonNode japaneseResident = deadlines(program, resident, "2026-01-01", "2036-12-31");
        program.acceptLanguage(null);
        assertThat(only(japaneseResident, "permanentResidenceEarliest").get("text").stringValue())
                .startsWith("永住許可申請ができる最も早い日（特例：").doesNotContain("POINTS_");
        assertThat(only(koreanResident, "permanentResidenceEarliest").get("text").stringValue())
                .startsWith("영주 허가를 신청할 수 있는 가장 빠른 날(특례: ").doesNotContain("POINTS_");
        assertThat(only(japanese, "lastDayBeforePointsDrop").get("text").stringValue())
                .startsWith("高度専門職1号ロで").contains("2027年1月15日から").doesNotContain("points");
        assertThat(only(korean, "lastDayBeforePointsDrop").get("text").stringValue())
                .contains("2027년 1월 15일부터").doesNotContain("points", "SPECIALIZED_TECHNICAL");
    }

    @Test
    void aFeedMadeOnAPageTitlesItsEventsAndItselfInThePagesLanguage() {
        Tenants.Organization organization = tenants.organization("Calendar languages");
        WorkspaceClient owner = WorkspaceClient.program(port, organization.ownerToken());
        owner.postJson("/api/v1/applicants", "{\"name\": \"Feed\", \"periodOfStayExpiry\": \"2027-04-30\"}");
        String path = owner.postJson("/api/v1/me/calendar-feed", null).json().get("path").stringValue();
        assertThat(WorkspaceClient.browser(port).get(path + "?lang=ja").body())
                .contains("SUMMARY:Feed：在留期間満了日：申請の最終日").contains("X-WR-CALNAME:HSP Navigator の期限");
        assertThat(WorkspaceClient.browser(port).get(path + "?lang=ko").body()).contains("X-WR-CALNAME:HSP Navigator 기한");
        assertThat(WorkspaceClient.browser(port).get(path + "?lang=en").body())
                .contains("SUMMARY:Feed: Period of stay expires: last day to apply")
                .contains("X-WR-CALNAME:HSP Navigator deadlines");
        assertThat(WorkspaceClient.browser(port).get(path).body()).contains("SUMMARY:Feed: applyBy")
                .contains("X-WR-CALNAME:HSP Navigator deadlines");
    }

    @Test
    void theCalendarFeedListsTheDeadlinesUntilItIsRevoked() {
        Tenants.Organization organization = tenants.organization("Calendar");
        WorkspaceClient owner = WorkspaceClient.program(port, organization.ownerToken());
        owner.postJson("/api/v1/applicants", "{\"name\": \"Feed; person, with \\\"quotes\\\"\", "
                + "\"periodOfStayExpiry\": \"2027-04-30\"}");
        String path = owner.postJson("/api/v1/me/calendar-feed", null).json().get("path").stringValue();
        Answer feed = WorkspaceClient.browser(port).get(path);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20270130",
                "SUMMARY:Feed\\; person\\, with \"quotes\": extensionWindowOpens").endsWith("END:VCALENDAR\r\n");
        for (String line : feed.body().split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String replaced = owner.postJson("/api/v1/me/calendar-feed", null).json().get("path").stringValue();
        assertThat(WorkspaceClient.browser(port).get(path).status()).as("the old URL after a new one").isEqualTo(404);
        assertThat(owner.delete("/api/v1/me/calendar-feed").status()).isEqualTo(204);
        assertThat(WorkspaceClient.browser(port).get(replaced).status()).isEqualTo(404);
    }

    private boolean met(JsonNode applicantCase, LocalDate date, String route) throws Exception {
        JsonNode pr = StrictJson.parse(CommandLine.run(StrictJson.toText(applicantCase), "pr", "--json", "--date",
                date.toString(), "-").out());
        for (JsonNode candidate : pr.get("routes")) {
            if (candidate.get("route").stringValue().equals(route)) {
                return candidate.get("met").booleanValue();
            }
        }
        throw new AssertionError("no route " + route);
    }

    private int points(JsonNode profile, String date) throws Exception {
        JsonNode score = StrictJson.parse(CommandLine.run(StrictJson.toText(profile), "score", "--json", "--category",
                "SPECIALIZED_TECHNICAL", "--date", date, "-").out());
        return score.get("assessments").get(0).get("points").intValue();
    }

    private Tenants.Applicant applicant(String name) {
        String id = fromCase(name, caseZhang);
        String application = program.postJson("/api/v1/applicants/" + id + "/applications", "{\"procedure\": \"CHANGE\"}")
                .json().get("id").stringValue();
        return new Tenants.Applicant(id, null, application);
    }

    /** An applicant made through the API from a case file's parts. */
    private String fromCase(String name, JsonNode applicantCase) {
        ObjectNode facts = (ObjectNode) applicantCase.deepCopy();
        facts.remove("snapshots");
        facts.put("name", name);
        Answer created = program.postJson("/api/v1/applicants", StrictJson.toText(facts));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").stringValue();
        for (JsonNode snapshot : applicantCase.get("snapshots")) {
            Answer added = program.postJson("/api/v1/applicants/" + id + "/snapshots", StrictJson.toText(snapshot));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        return id;
    }

    private JsonNode deadlines(String applicant, String from, String to) {
        return deadlines(program, applicant, from, to);
    }

    private static JsonNode deadlines(WorkspaceClient program, String applicant, String from, String to) {
        Answer answer = program.get("/api/v1/deadlines?applicant=" + applicant + "&from=" + from + "&to=" + to);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("deadlines");
    }

    private static java.util.List<String> ids(JsonNode deadlines) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        deadlines.forEach(d -> ids.add(d.get("id").stringValue()));
        return ids;
    }

    private static JsonNode only(JsonNode deadlines, String id) {
        JsonNode found = null;
        for (JsonNode deadline : deadlines) {
            if (deadline.get("id").stringValue().equals(id)) {
                assertThat(found).as("one " + id).isNull();
                found = deadline;
            }
        }
        assertThat(found).as(id).isNotNull();
        return found;
    }

}
