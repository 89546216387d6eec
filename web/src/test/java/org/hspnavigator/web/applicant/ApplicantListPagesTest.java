package org.hspnavigator.web.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hspnavigator.web.applicant.PageAnswers.refused;

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
 * The list of applicants a page at a time: {@code limit} and {@code after}, the next page named in a
 * {@code Link} header (RFC 8288) until the last, every applicant of the organization once and in the order
 * they were added, none of another organization, and a 400 naming the parameter for a bad value.
 */
@ApiTest
class ApplicantListPagesTest {

    private static final Pattern NEXT = Pattern.compile("<(/api/v1/applicants\\?[^>]*)>; rel=\"next\"");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    ApplicantRepository applicants;

    @Test
    void thePagesHoldEveryApplicantOnceInOrderAndTheLastNamesNoNext() {
        Tenants.Organization mine = tenants.organization("Pages");
        Tenants.Organization other = tenants.organization("Other pages");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(add(mine, "Mine " + i));
            add(other, "Theirs " + i);     // ids of the other organization between mine
        }
        WorkspaceClient client = WorkspaceClient.program(port, mine.memberToken());

        Answer first = client.get("/api/v1/applicants?limit=2");
        assertThat(ids(first)).containsExactly(made.get(0), made.get(1));
        assertThat(next(first)).contains("/api/v1/applicants?limit=2&after=" + made.get(1));
        Answer second = client.get(next(first).orElseThrow());
        assertThat(ids(second)).containsExactly(made.get(2), made.get(3));
        Answer last = client.get(next(second).orElseThrow());
        assertThat(ids(last)).containsExactly(made.get(4));
        assertThat(last.header("Link")).as("the last page names no next one").isEmpty();

        Answer all = client.get("/api/v1/applicants?limit=5");
        assertThat(ids(all)).isEqualTo(made);
        assertThat(all.header("Link")).as("a page that ends with the last applicant").isEmpty();
        assertThat(ids(client.get("/api/v1/applicants?after=" + made.get(4)))).isEmpty();
    }

    @Test
    void anotherOrganizationsApplicantsNeverAppearEvenAfterOneOfTheirIds() {
        Tenants.Organization mine = tenants.organization("Pages, mine");
        Tenants.Organization other = tenants.organization("Pages, theirs");
        String theirs = add(other, "Theirs");
        String own = add(mine, "Mine");
        WorkspaceClient client = WorkspaceClient.program(port, mine.memberToken());
        assertThat(ids(client.get("/api/v1/applicants"))).containsExactly(own);
        assertThat(ids(client.get("/api/v1/applicants?after=" + theirs))).containsExactly(own);
        assertThat(ids(WorkspaceClient.program(port, other.memberToken()).get("/api/v1/applicants?after=" + theirs)))
                .isEmpty();
    }

    @Test
    void withoutLimitAPageHoldsTheDefaultNumberAndAtMostTheLargestMayBeAskedFor() {
        Tenants.Organization organization = tenants.organization("Many");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < IdPage.DEFAULT_LIMIT + 1; i++) {
            made.add(add(organization, "Applicant " + i));
        }
        WorkspaceClient client = WorkspaceClient.program(port, organization.memberToken());
        Answer first = client.get("/api/v1/applicants");
        assertThat(ids(first)).isEqualTo(made.subList(0, IdPage.DEFAULT_LIMIT));
        assertThat(next(first)).contains("/api/v1/applicants?limit=" + IdPage.DEFAULT_LIMIT + "&after="
                + made.get(IdPage.DEFAULT_LIMIT - 1));
        assertThat(ids(client.get(next(first).orElseThrow()))).containsExactly(made.get(IdPage.DEFAULT_LIMIT));
        assertThat(ids(client.get("/api/v1/applicants?limit=" + IdPage.MAX_LIMIT))).isEqualTo(made);
    }

    @Test
    void aBadLimitOrAfterIsA400NamingTheParameter() {
        WorkspaceClient client = WorkspaceClient.program(port, tenants.organization("Bad pages").memberToken());
        for (String limit : List.of("0", "-1", String.valueOf(IdPage.MAX_LIMIT + 1), "ten", "", "99999999999")) {
            assertThat(refused(client.get("/api/v1/applicants?limit=" + limit))).as(limit).containsExactly("limit");
        }
        for (String after : List.of("x", "../applicants", "0193c0de-0000-7000-8000-00000000000G", "")) {
            assertThat(refused(client.get("/api/v1/applicants?after=" + after))).as(after).containsExactly("after");
        }
        assertThat(refused(client.get("/api/v1/applicants?limit=0&after=x"))).containsExactly("limit", "after");
    }

    private String add(Tenants.Organization organization, String name) {
        return applicants.create(organization.scope(), new ApplicantRepository.Facts(name, Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty()));
    }

    private static List<String> ids(Answer answer) {
        return PageAnswers.ids(answer, "applicants");
    }

    private static Optional<String> next(Answer answer) {
        return PageAnswers.next(answer, NEXT);
    }
}
