package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.account.Accounts;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The browser session and the tokens as Spring Security runs them: login and its answer, a new session
 * id at login, logout that ends the session, CSRF on state-changing requests, bearer tokens without CSRF
 * and their revocation, disabled users, login throttling per account and per address, and the security
 * headers and cookie attributes.
 */
@ApiTest
class SessionSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loginChangesTheSessionIdAndTheOldIdGrantsNothing() {
        Tenants.Organization organization = tenants.organization("Fixation");
        WorkspaceClient browser = WorkspaceClient.browser(port);
        browser.get("/api/v1/csrf");
        String before = browser.sessionId().orElseThrow();
        Answer login = browser.login(organization.ownerEmail(), Tenants.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("role").stringValue()).isEqualTo("OWNER");
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(WorkspaceClient.holding(port, before).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(WorkspaceClient.holding(port, after).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionForEveryHolderOfItsId() {
        Tenants.Organization organization = tenants.organization("Logout");
        WorkspaceClient browser = WorkspaceClient.loggedIn(port, organization.memberEmail(), Tenants.PASSWORD);
        String session = browser.sessionId().orElseThrow();
        assertThat(browser.logout().status()).isEqualTo(204);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(WorkspaceClient.holding(port, session).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void stateChangingRequestsOfASessionNeedTheCsrfToken() {
        Tenants.Organization organization = tenants.organization("Csrf");
        WorkspaceClient browser = WorkspaceClient.loggedIn(port, organization.ownerEmail(), Tenants.PASSWORD);
        assertThat(browser.postJson("/api/v1/applicants", "{\"name\": \"With token\"}").status()).isEqualTo(201);
        WorkspaceClient forged = WorkspaceClient.holding(port, browser.sessionId().orElseThrow()).withoutCsrf();
        Answer refused = forged.postJson("/api/v1/applicants", "{\"name\": \"Forged\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").stringValue()).contains("CSRF");
        Answer wrongToken = forged.send("POST", "/api/v1/applicants", "application/json", "{\"name\": \"Forged\"}");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(browser.get("/api/v1/applicants").body()).doesNotContain("Forged");
        // The login itself takes the token too: a forged login cannot put a victim into the attacker's account.
        assertThat(WorkspaceClient.browser(port).withoutCsrf().login(organization.ownerEmail(), Tenants.PASSWORD).status())
                .isEqualTo(403);
    }

    @Test
    void tokensNeedNoCsrfAndStopAtOnceWhenRevoked() {
        Tenants.Organization organization = tenants.organization("Tokens");
        WorkspaceClient program = WorkspaceClient.program(port, organization.memberToken());
        assertThat(program.postJson("/api/v1/applicants", "{\"name\": \"By program\"}").status()).isEqualTo(201);
        Answer tokens = program.get("/api/v1/tokens");
        String id = tokens.json().get("tokens").get(0).get("id").stringValue();
        assertThat(tokens.body()).doesNotContain(organization.memberToken());
        assertThat(program.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        Answer after = program.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).contains("Bearer");
        assertThat(WorkspaceClient.program(port, "hsp_not-a-token").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void everyUseOfATokenIsInTheAuditLogWhenItsAnswerArrives() {
        Tenants.Organization organization = tenants.organization("Token uses");
        Tenants.Applicant applicant = tenants.applicant(organization, "Audited");
        Accounts.NewToken token = tenants.token(organization, organization.memberId());
        WorkspaceClient program = WorkspaceClient.program(port, token.token());

        // A read records its own entry: the token's use is written with it.
        assertThat(program.get("/api/v1/applicants/" + applicant.id()).status()).isEqualTo(200);
        assertThat(actionsOf(token.id())).containsExactly("TOKEN_USED", "APPLICANT_READ");
        // Answers that record nothing of their own, with a body or an error; a change without a body.
        assertThat(program.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(actionsOf(token.id())).hasSize(3).endsWith("TOKEN_USED");
        assertThat(program.get("/api/v1/applicants/" + tenants.applicant(tenants.organization("Other"), "Theirs").id())
                .status()).isEqualTo(404);
        assertThat(actionsOf(token.id())).hasSize(4).endsWith("TOKEN_USED");
        assertThat(program.delete("/api/v1/applicants/" + applicant.id() + "/snapshots/" + applicant.snapshotId())
                .status()).isEqualTo(204);
        assertThat(actionsOf(token.id())).containsExactly("TOKEN_USED", "APPLICANT_READ", "TOKEN_USED", "TOKEN_USED",
                "TOKEN_USED", "SNAPSHOT_DELETED");
    }

    /** The actions of the audit entries a token made, oldest first. */
    private List<String> actionsOf(String tokenId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE actor_token_id = :token ORDER BY id").param("token", tokenId)
                .query(String.class).list();
    }

    @Test
    void aDisabledUserLosesSessionAndTokensAtOnce() {
        Tenants.Organization organization = tenants.organization("Disabled");
        WorkspaceClient member = WorkspaceClient.loggedIn(port, organization.memberEmail(), Tenants.PASSWORD);
        WorkspaceClient owner = WorkspaceClient.program(port, organization.ownerToken());
        assertThat(owner.patchJson("/api/v1/members/" + organization.memberId(), "{\"enabled\": false}").status())
                .isEqualTo(200);
        assertThat(member.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(WorkspaceClient.program(port, organization.memberToken()).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(WorkspaceClient.browser(port).from("198.51.100.40").login(organization.memberEmail(), Tenants.PASSWORD)
                .status()).isEqualTo(401);
        assertThat(owner.patchJson("/api/v1/members/" + organization.ownerId(), "{\"role\": \"MEMBER\"}").status())
                .as("the last owner stays one").isEqualTo(409);
    }

    @Test
    void anAccountIsLockedAfterFiveFailuresWhateverThePasswordThen() {
        Tenants.Organization organization = tenants.organization("Throttle");
        WorkspaceClient attacker = WorkspaceClient.browser(port).from("198.51.100.1");
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.login(organization.ownerEmail(), "wrong password " + i).status()).isEqualTo(401);
        }
        Answer locked = WorkspaceClient.browser(port).from("198.51.100.2").login(organization.ownerEmail(), Tenants.PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isPresent();
        assertThat(WorkspaceClient.browser(port).from("198.51.100.3").login(organization.memberEmail(), Tenants.PASSWORD)
                .status()).as("another account").isEqualTo(200);
    }

    @Test
    void anAddressIsLockedAfterTwentyFailuresOnAnyAccounts() {
        Tenants.Organization organization = tenants.organization("Spray");
        WorkspaceClient attacker = WorkspaceClient.browser(port).from("203.0.113.9");
        for (int i = 0; i < 20; i++) {
            assertThat(attacker.login("nobody-" + i + "@example.test", "wrong password").status()).isEqualTo(401);
        }
        assertThat(attacker.login(organization.ownerEmail(), Tenants.PASSWORD).status()).isEqualTo(429);
        assertThat(WorkspaceClient.browser(port).from("203.0.113.10").login(organization.ownerEmail(), Tenants.PASSWORD)
                .status()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHttpsAddsHsts() {
        Tenants.Organization organization = tenants.organization("Headers");
        for (Answer answer : List.of(WorkspaceClient.browser(port).get("/api/v1/faq"),
                WorkspaceClient.browser(port).get("/api/v1/applicants"),
                WorkspaceClient.program(port, organization.ownerToken()).get("/api/v1/applicants"))) {
            String policy = answer.header("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'");
            assertThat(policy.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline");
            assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.header("X-Frame-Options")).contains("DENY");
            assertThat(answer.header("Referrer-Policy")).contains("no-referrer");
            assertThat(answer.header("Strict-Transport-Security")).isEmpty();
        }
        WorkspaceClient https = WorkspaceClient.browser(port).overHttps();
        Answer csrf = https.get("/api/v1/csrf");
        assertThat(csrf.header("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
        String cookie = csrf.header("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("SESSION=", "HttpOnly", "SameSite=Lax", "Secure");
        assertThat(WorkspaceClient.browser(port).get("/api/v1/csrf").header("Set-Cookie").orElseThrow())
                .contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void passwordsAreLongAndUncommon() {
        WorkspaceClient owner = WorkspaceClient.program(port, tenants.organization("Passwords").ownerToken());
        Answer shortOne = owner.postJson("/api/v1/members", "{\"email\": \"short@example.test\", \"password\": \"abc12345\"}");
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.json().get("errors").get(0).get("path").stringValue()).isEqualTo("password");
        Answer common = owner.postJson("/api/v1/members", "{\"email\": \"common@example.test\", \"password\": \"Password1234\"}");
        assertThat(common.json().get("errors").get(0).get("message").stringValue()).contains("common passwords");
        assertThat(owner.postJson("/api/v1/members", "{\"email\": \"fine@example.test\", \"password\": \"violet tram at dusk\"}")
                .status()).isEqualTo(201);
    }
}
