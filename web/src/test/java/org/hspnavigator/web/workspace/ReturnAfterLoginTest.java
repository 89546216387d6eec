package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A consultant whose session was lost (it expired, or the server's store no longer knows it) and who opens
 * a workspace page is asked to log in and then lands on that page, not on the applicants; a {@code next}
 * that is not a workspace page of this site (another site, a protocol-relative address, a way out of the
 * workspace) is refused, and the login lands on the applicants.
 */
@ApiTest
class ReturnAfterLoginTest {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    @Test
    void theLoginReturnsToThePageAskedForAfterALostSession() {
        Tenants.Organization organization = tenants.organization("Return");
        Tenants.Applicant applicant = tenants.applicant(organization, "Returned");
        String page = "/ko/workspace/applicants/" + applicant.id();
        PageClient browser = PageClient.anonymous(port);
        // A session the server does not know, as after it expired.
        Page asked = browser.send(HttpRequest.newBuilder(browser.uri(page)).header("Cookie", "SESSION=bG9zdA").GET());
        assertThat(asked.status()).isEqualTo(302);
        String login = asked.location().orElseThrow();
        assertThat(login).endsWith("/ko/workspace/login?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));

        Page form = browser.get(login.substring(login.indexOf("/ko/")));
        assertThat(form.body()).contains("name=\"next\" value=\"" + page + "\"");
        Page wrong = browser.post("/ko/workspace/login", Map.of("email", organization.memberEmail(),
                "password", "not-the-password", "next", page));
        assertThat(wrong.location().orElseThrow()).as("a failed login keeps the page")
                .endsWith("/ko/workspace/login?error&next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        browser.get(wrong.location().orElseThrow().substring(login.indexOf("/ko/")));
        Page loggedIn = browser.post("/ko/workspace/login", Map.of("email", organization.memberEmail(),
                "password", Tenants.PASSWORD, "next", page));
        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(loggedIn.location().orElseThrow().replace("http://localhost:" + port, "")).isEqualTo(page);
        assertThat(browser.get(page).status()).isEqualTo(200);
    }

    @Test
    void aNextOutsideTheWorkspaceIsRefused() {
        Tenants.Organization organization = tenants.organization("Return");
        for (String next : List.of("https://evil.example", "//evil.example", "//evil.example/ja/workspace/applicants",
                "/\\evil.example", "https:/evil.example", "/ja/workspace/../../evil", "/ja/workspace/%2F%2Fevil.example",
                "/ja/workspace/login", "/api/v1/applicants", "/ja/self-assessment", "javascript:alert(1)",
                "/ja/workspace/applicants\r\nLocation: https://evil.example")) {
            PageClient browser = PageClient.anonymous(port);
            Page form = browser.get("/ja/workspace/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            assertThat(form.status()).as(next).isEqualTo(200);
            assertThat(form.body()).as(next).doesNotContain("name=\"next\"").doesNotContain("evil.example");
            Page loggedIn = browser.post("/ja/workspace/login", Map.of("email", organization.memberEmail(),
                    "password", Tenants.PASSWORD, "next", next));
            assertThat(loggedIn.status()).as(next).isEqualTo(302);
            assertThat(loggedIn.location().orElseThrow().replace("http://localhost:" + port, "")).as(next)
                    .isEqualTo("/ja/workspace/applicants");
        }
    }
}
