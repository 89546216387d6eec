package org.hspnavigator.web.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hspnavigator.web.applicant.PageAnswers.refused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.Tenants;
import org.hspnavigator.web.workspace.WorkspaceClient;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An applicant's assessment history a page at a time, as the list of applicants is paged: {@code limit}
 * and {@code after}, the next page named in a {@code Link} header (RFC 8288) until the last, every
 * assessment once and oldest first, a 400 naming the parameter for a bad value, and another
 * organization's applicant not found whatever the page asked for.
 */
@ApiTest
class AssessmentPagesTest {

    private static final Pattern NEXT =
            Pattern.compile("<(/api/v1/applicants/[^/]+/assessments\\?[^>]*)>; rel=\"next\"");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    ApplicantRepository applicants;

    @Test
    void thePagesHoldEveryAssessmentOnceInOrderAndTheLastNamesNoNext() {
        Tenants.Organization mine = tenants.organization("Assessment pages");
        String applicant = applicant(mine);
        String other = applicant(mine);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(assess(applicant, i));
            assess(other, i);     // another applicant's assessments between these
        }
        WorkspaceClient client = WorkspaceClient.program(port, mine.memberToken());
        String path = "/api/v1/applicants/" + applicant + "/assessments";

        Answer first = client.get(path + "?limit=2");
        assertThat(ids(first)).containsExactly(made.get(0), made.get(1));
        assertThat(next(first)).contains(path + "?limit=2&after=" + made.get(1));
        Answer second = client.get(next(first).orElseThrow());
        assertThat(ids(second)).containsExactly(made.get(2), made.get(3));
        Answer last = client.get(next(second).orElseThrow());
        assertThat(ids(last)).containsExactly(made.get(4));
        assertThat(last.header("Link")).as("the last page names no next one").isEmpty();

        Answer all = client.get(path + "?limit=5");
        assertThat(ids(all)).isEqualTo(made);
        assertThat(all.header("Link")).as("a page that ends with the last assessment").isEmpty();
        assertThat(ids(client.get(path + "?after=" + made.get(4)))).isEmpty();
        assertThat(all.json().get("assessments").get(3).get("assessment").get("n").intValue()).isEqualTo(3);
    }

    @Test
    void withoutLimitAPageHoldsTheDefaultNumberAndAtMostTheLargestMayBeAskedFor() {
        Tenants.Organization organization = tenants.organization("Many assessments");
        String applicant = applicant(organization);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < IdPage.DEFAULT_LIMIT + 1; i++) {
            made.add(assess(applicant, i));
        }
        WorkspaceClient client = WorkspaceClient.program(port, organization.memberToken());
        String path = "/api/v1/applicants/" + applicant + "/assessments";
        Answer first = client.get(path);
        assertThat(ids(first)).isEqualTo(made.subList(0, IdPage.DEFAULT_LIMIT));
        assertThat(next(first)).contains(path + "?limit=" + IdPage.DEFAULT_LIMIT + "&after="
                + made.get(IdPage.DEFAULT_LIMIT - 1));
        assertThat(ids(client.get(next(first).orElseThrow()))).containsExactly(made.get(IdPage.DEFAULT_LIMIT));
        assertThat(ids(client.get(path + "?limit=" + IdPage.MAX_LIMIT))).isEqualTo(made);
    }

    @Test
    void aBadLimitOrAfterIsA400NamingTheParameter() {
        Tenants.Organization organization = tenants.organization("Bad assessment pages");
        String path = "/api/v1/applicants/" + applicant(organization) + "/assessments";
        WorkspaceClient client = WorkspaceClient.program(port, organization.memberToken());
        for (String limit : List.of("0", "-1", String.valueOf(IdPage.MAX_LIMIT + 1), "ten", "", "99999999999")) {
            assertThat(refused(client.get(path + "?limit=" + limit))).as(limit).containsExactly("limit");
        }
        for (String after : List.of("x", "../assessments", "0193c0de-0000-7000-8000-00000000000G", "")) {
            assertThat(refused(client.get(path + "?after=" + after))).as(after).containsExactly("after");
        }
        assertThat(refused(client.get(path + "?limit=0&after=x"))).containsExactly("limit", "after");
    }

    @Test
    void anotherOrganizationsApplicantIsNotFoundWhateverThePage() {
        Tenants.Organization mine = tenants.organization("Assessment pages, mine");
        Tenants.Organization other = tenants.organization("Assessment pages, theirs");
        String theirs = applicant(other);
        String theirAssessment = assess(theirs, 0);
        WorkspaceClient client = WorkspaceClient.program(port, mine.memberToken());
        String path = "/api/v1/applicants/" + theirs + "/assessments";
        for (String query : List.of("", "?limit=1", "?after=" + theirAssessment,
                "?limit=200&after=" + theirAssessment)) {
            Answer answer = client.get(path + query);
            assertThat(answer.status()).as(query).isEqualTo(404);
            assertThat(answer.body()).as(query).doesNotContain(theirAssessment);
        }
        assertThat(ids(WorkspaceClient.program(port, other.memberToken()).get(path))).containsExactly(theirAssessment);
    }

    private String applicant(Tenants.Organization organization) {
        return applicants.create(organization.scope(), new ApplicantRepository.Facts("Applicant", Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty()));
    }

    private String assess(String applicant, int n) {
        return applicants.addAssessment(applicant, LocalDate.of(2026, 1, 1).plusDays(n), "2026", "test",
                Optional.empty(), "{\"n\": " + n + "}", null).id();
    }

    private static List<String> ids(Answer answer) {
        return PageAnswers.ids(answer, "assessments");
    }

    private static Optional<String> next(Answer answer) {
        return PageAnswers.next(answer, NEXT);
    }
}
