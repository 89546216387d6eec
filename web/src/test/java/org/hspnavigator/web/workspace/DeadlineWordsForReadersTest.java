package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The words of a deadline for a reader: the English pages and a feed made on one name the category by its
 * name, where the API's English answer keeps the id it has always given.
 */
@ApiTest
class DeadlineWordsForReadersTest {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    @Test
    void theEnglishPagesNameTheCategoryTheApiGivesByItsId() {
        Tenants.Organization organization = tenants.organization("Deadline words");
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        // Born 1997-01-15: 30 on 2027-01-15, within the 90 days after 2026-11-27, and fewer points for the age.
        String id = program.postJson("/api/v1/applicants", "{\"name\": \"Young\", "
                + "\"residence\": {\"continuousSince\": \"2022-04-01\"}}").json().get("id").stringValue();
        Answer snapshot = program.postJson("/api/v1/applicants/" + id + "/snapshots",
                Tenants.SNAPSHOT.replace("1994-03-10", "1997-01-15"));
        assertThat(snapshot.status()).as(snapshot.body()).isEqualTo(201);
        assertThat(program.get("/api/v1/deadlines?applicant=" + id).body())
                .contains(" points in SPECIALIZED_TECHNICAL: from 2027-01-15");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        for (String path : new String[] {"/en/workspace/deadlines", "/en/workspace/applicants/" + id}) {
            Page page = member.get(path);
            // The text a reader sees: the chart's class names keep the ids.
            assertThat(page.body().replaceAll("<[^>]*>", " ")).as(path).contains(" until this day, ").contains(" from 2027-01-15")
                    .doesNotContain("SPECIALIZED_TECHNICAL");
        }
    }
}
