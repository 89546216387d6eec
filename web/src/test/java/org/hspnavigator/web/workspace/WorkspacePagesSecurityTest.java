package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every route of the workspace's pages, as the handler mapping lists them, against every kind of
 * browser: without a login it is sent to the login page of the page's language (with the page to return
 * to after the login when it reads one, never a form's address); the owner of another
 * organization gets the HTML not-found page for an id of organization A, exactly as for an id that does
 * not exist (never a 403 that would tell the row exists); a member gets the forbidden page on an owner's
 * page; and a POST of a logged-in owner without the form's CSRF token is refused (403), one of a
 * visitor without a login sent to the login page, changing nothing either way. A page route the table
 * below does not know fails the test, so a new page cannot be left out.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspacePagesSecurityTest {

    /** How to call a page route: its form, and what an owner and a member of organization A get. */
    private record Route(Map<String, String> form, int owner, int member) {
    }

    private static final int OK = 200;
    private static final int REDIRECT = 302;
    private static final int FORBIDDEN = 403;

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private Tenants.Organization a;
    private Tenants.Organization b;

    private static Map<String, Route> routes() {
        Map<String, Route> routes = new TreeMap<>();
        routes.put("GET /{lang}/workspace", new Route(null, REDIRECT, REDIRECT));
        routes.put("GET /{lang}/workspace/applicants", new Route(null, OK, OK));
        routes.put("POST /{lang}/workspace/applicants", new Route(Map.of("name", "By a form"), REDIRECT, REDIRECT));
        routes.put("GET /{lang}/workspace/applicants/{applicantId}", new Route(null, OK, OK));
        routes.put("GET /{lang}/workspace/applicants/{applicantId}/facts", new Route(null, OK, OK));
        routes.put("POST /{lang}/workspace/applicants/{applicantId}/facts", new Route(Map.of("name", "Changed by a form",
                "continuousSince", "2022-04-01", "employerCategory", "3", "periodOfStayExpiry", "2027-04-30"), REDIRECT, REDIRECT));
        routes.put("POST /{lang}/workspace/applicants/{applicantId}/snapshots", new Route(Map.of("referenceDate",
                "2026-11-20", "profile", Tenants.SNAPSHOT.replace("\"referenceDate\": \"2026-11-27\",", "")), REDIRECT, REDIRECT));
        routes.put("GET /{lang}/workspace/applicants/{applicantId}/snapshots/{snapshotId}", new Route(null, OK, OK));
        routes.put("POST /{lang}/workspace/applicants/{applicantId}/snapshots/{snapshotId}", new Route(Map.of(
                "referenceDate", "2026-11-27", "profile", Tenants.SNAPSHOT.replace("8000000", "8100000")), REDIRECT, REDIRECT));
        routes.put("POST /{lang}/workspace/applicants/{applicantId}/applications", new Route(Map.of("procedure", "CHANGE"),
                REDIRECT, REDIRECT));
        routes.put("GET /{lang}/workspace/applications/{applicationId}", new Route(null, OK, OK));
        routes.put("POST /{lang}/workspace/applications/{applicationId}/status", new Route(Map.of("status", "SUBMITTED",
                "date", "2026-11-27"), REDIRECT, REDIRECT));
        routes.put("POST /{lang}/workspace/applications/{applicationId}/checklist", new Route(Map.of("collected",
                "document:applicationForm"), REDIRECT, REDIRECT));
        routes.put("GET /{lang}/workspace/deadlines", new Route(null, OK, OK));
        routes.put("POST /{lang}/workspace/deadlines/calendar-feed", new Route(Map.of("confirmed", "yes"), REDIRECT,
                REDIRECT));
        routes.put("GET /{lang}/workspace/audit", new Route(null, OK, FORBIDDEN));
        routes.put("GET /{lang}/workspace/members", new Route(null, OK, FORBIDDEN));
        routes.put("POST /{lang}/workspace/members", new Route(Map.of("email", "page-{n}@example.test", "password",
                Tenants.PASSWORD), REDIRECT, FORBIDDEN));
        routes.put("POST /{lang}/workspace/members/{memberId}", new Route(Map.of("enabled", "false", "confirmed", "yes"),
                REDIRECT, FORBIDDEN));
        routes.put("GET /{lang}/workspace/tokens", new Route(null, OK, OK));
        routes.put("POST /{lang}/workspace/tokens", new Route(Map.of("name", "from a page"), REDIRECT, REDIRECT));
        routes.put("POST /{lang}/workspace/tokens/{tokenId}/revoke", new Route(Map.of("confirmed", "yes"), REDIRECT,
                REDIRECT));
        routes.put("GET /{lang}/workspace/import", new Route(null, OK, OK));
        routes.put("GET /{lang}/workspace/logout", new Route(null, OK, OK));
        routes.put("POST /{lang}/workspace/import", new Route(Map.of("text",
                "id,birthDate,annualSalaryYen\nimported,1990-01-01,5000000\n"), OK, OK));
        return routes;
    }

    @BeforeAll
    void organizations() {
        a = tenants.organization("Pages A");
        b = tenants.organization("Pages B");
    }

    /** The page routes of the application, as "METHOD pattern" with the language as {lang}. */
    private List<String> pageRoutes() {
        List<String> found = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("}/workspace")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    found.add(method.name() + " " + pattern.replaceFirst("^/\\{lang:[^}]*}", "/{lang}"));
                }
            }
        }
        return found.stream().sorted().toList();
    }

    @Test
    void everyPageRouteIsKnownToThisTable() {
        List<String> routes = pageRoutes();
        List<String> unknown = routes.stream().filter(route -> !routes().containsKey(route)
                && !route.equals("GET /{lang}/workspace/login")).toList();
        assertThat(unknown).as("page routes that need a row in WorkspacePagesSecurityTest.routes()").isEmpty();
        assertThat(routes).containsAll(routes().keySet());
    }

    @Test
    void everyBrowserGetsWhatTheRulesAllowAndNothingMore() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int counter = 0;
        for (Map.Entry<String, Route> entry : routes().entrySet()) {
            String method = entry.getKey().split(" ", 2)[0];
            String pattern = entry.getKey().split(" ", 2)[1];
            Route route = entry.getValue();
            counter++;
            Page anonymous = call(PageClient.anonymous(port), method, pattern, route, a, a.ownerId(), "ko", counter);
            check(wrong, entry.getKey(), "anonymous", anonymous.status(), REDIRECT);
            String location = anonymous.location().orElse("");
            if (!location.replaceFirst("\\?next=[^&]*$", "").endsWith("/ko/workspace/login")) {
                wrong.add(entry.getKey() + " as anonymous: sent to " + anonymous.location() + ", not the Korean login page");
            }
            // A page read is returned to after the login; a form sent, or the logout page, is not.
            boolean returns = method.equals("GET") && !pattern.endsWith("/logout");
            if (returns != location.contains("?next=%2Fko%2Fworkspace")) {
                wrong.add(entry.getKey() + " as anonymous: sent to " + anonymous.location()
                        + (returns ? ", without the page to return to" : ", with a page to return to"));
            }
            PageClient owner = PageClient.loggedIn(port, "en", a.ownerEmail(), Tenants.PASSWORD);
            check(wrong, entry.getKey(), "owner", call(owner, method, pattern, route, a, a.ownerId(), "en", counter).status(),
                    route.owner());
            PageClient member = PageClient.loggedIn(port, "en", a.memberEmail(), Tenants.PASSWORD);
            check(wrong, entry.getKey(), "member", call(member, method, pattern, route, a, a.memberId(), "en", counter)
                    .status(), route.member());
            calls += 3;
            if (pattern.contains("{applicantId}") || pattern.contains("{applicationId}") || pattern.contains("{tokenId}")
                    || pattern.contains("{memberId}")) {
                PageClient other = PageClient.loggedIn(port, "ja", b.ownerEmail(), Tenants.PASSWORD);
                Page crossing = call(other, method, pattern, route, a, a.ownerId(), "ja", counter);
                check(wrong, entry.getKey(), "other organization's owner", crossing.status(), 404);
                if (!crossing.contentType().startsWith("text/html") || !crossing.body().contains("id=\"not-found\"")
                        || !crossing.body().contains("lang=\"ja\"")) {
                    wrong.add(entry.getKey() + " as other organization's owner: not the Japanese not-found page");
                }
                calls++;
            }
            if (method.equals("POST")) {
                Page visitor = PageClient.anonymous(port).postWithout(path(pattern, a, a.ownerId(), "ko"), form(route, counter));
                check(wrong, entry.getKey(), "anonymous without CSRF token", visitor.status(), REDIRECT);
                PageClient forged = PageClient.loggedIn(port, "en", a.ownerEmail(), Tenants.PASSWORD);
                String path = path(pattern, a, a.ownerId(), "en");
                forged.get("/en/workspace/applicants");
                Page refused = forged.postWithout(path, form(route, counter));
                check(wrong, entry.getKey(), "owner without CSRF token", refused.status(), FORBIDDEN);
                calls++;
            }
        }
        System.out.println("Workspace pages security: " + routes().size() + " page routes, " + calls + " calls");
        assertThat(wrong).isEmpty();
    }

    @Test
    void loggingOutTakesTheFormsTokenAndEndsTheSession() {
        PageClient browser = PageClient.loggedIn(port, "zh-Hant", a.memberEmail(), Tenants.PASSWORD);
        assertThat(browser.get("/zh-Hant/workspace/applicants").status()).isEqualTo(OK);
        assertThat(browser.postWithout("/zh-Hant/workspace/logout", Map.of()).status()).isEqualTo(FORBIDDEN);
        assertThat(browser.get("/zh-Hant/workspace/applicants").status()).isEqualTo(OK);
        Page out = browser.post("/zh-Hant/workspace/logout", Map.of());
        assertThat(out.status()).isEqualTo(REDIRECT);
        assertThat(out.location()).hasValueSatisfying(location -> assertThat(location).endsWith("/zh-Hant/workspace/login?loggedOut"));
        Page after = browser.get("/zh-Hant/workspace/applicants");
        assertThat(after.status()).isEqualTo(REDIRECT);
        assertThat(after.location()).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/zh-Hant/workspace/login?next=%2Fzh-Hant%2Fworkspace%2Fapplicants"));
    }

    @Test
    void aWrongPasswordComesBackToTheLoginPageOfItsLanguage() {
        PageClient browser = PageClient.anonymous(port);
        browser.get("/ja/workspace/login");
        Page refused = browser.post("/ja/workspace/login", Map.of("email", a.ownerEmail(), "password", "not the password"));
        assertThat(refused.status()).isEqualTo(REDIRECT);
        assertThat(refused.location()).hasValueSatisfying(location -> assertThat(location).endsWith("/ja/workspace/login?error"));
        assertThat(browser.get("/ja/workspace/login?error").body()).contains("id=\"login-failed\"");
        PageClient forged = PageClient.anonymous(port);
        Page withoutToken = forged.postWithout("/ja/workspace/login", Map.of("email", a.ownerEmail(), "password",
                Tenants.PASSWORD));
        assertThat(withoutToken.location()).as("a login without the form's token").hasValueSatisfying(location ->
                assertThat(location).endsWith("/ja/workspace/login"));
        assertThat(forged.get("/ja/workspace/applicants").status()).as("not logged in").isEqualTo(REDIRECT);
    }

    @Test
    void anIdThatDoesNotExistIsTheSameNotFoundPage() {
        PageClient owner = PageClient.loggedIn(port, "zh", a.ownerEmail(), Tenants.PASSWORD);
        Page missing = owner.get("/zh/workspace/applicants/00000000000000000000000000");
        Page nonsense = owner.get("/zh/workspace/applications/nonsense");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(nonsense.status()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"not-found\"").contains("lang=\"zh\"");
    }

    @Test
    void anOwnerChangesAMembersRoleAndDisablesThemButNeverTheLastOwner() {
        Tenants.Organization c = tenants.organization("Pages C");
        PageClient owner = PageClient.loggedIn(port, "ja", c.ownerEmail(), Tenants.PASSWORD);
        PageClient member = PageClient.loggedIn(port, "en", c.memberEmail(), Tenants.PASSWORD);
        assertThat(member.get("/en/workspace/applicants").status()).isEqualTo(OK);
        owner.get("/ja/workspace/members");
        String memberPath = "/ja/workspace/members/" + c.memberId();
        assertThat(owner.post(memberPath, Map.of("role", "OWNER")).status()).isEqualTo(REDIRECT);
        assertThat(member(c, c.memberId()).get("role").stringValue()).isEqualTo("OWNER");
        assertThat(owner.post(memberPath, Map.of("role", "MEMBER")).status()).isEqualTo(REDIRECT);
        assertThat(owner.post(memberPath, Map.of("enabled", "false", "confirmed", "yes")).status()).isEqualTo(REDIRECT);
        assertThat(member(c, c.memberId()).get("enabled").booleanValue()).isFalse();
        assertThat(member.get("/en/workspace/applicants").status()).as("a disabled member's session").isEqualTo(REDIRECT);
        assertThat(owner.post(memberPath, Map.of("enabled", "true")).status()).isEqualTo(REDIRECT);
        assertThat(member(c, c.memberId()).get("enabled").booleanValue()).isTrue();
        Page invalid = owner.post(memberPath, Map.of("role", "ADMIN"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("id=\"member-problem\"", "lang=\"ja\"");
        String ownerPath = "/ja/workspace/members/" + c.ownerId();
        for (Map<String, String> change : List.of(Map.of("role", "MEMBER"), Map.of("enabled", "false", "confirmed", "yes"))) {
            Page refused = owner.post(ownerPath, change);
            assertThat(refused.status()).as(change.toString()).isEqualTo(409);
            assertThat(refused.body()).contains("id=\"member-problem\"", "オーナー");
        }
        assertThat(member(c, c.ownerId()).get("role").stringValue()).isEqualTo("OWNER");
        assertThat(member(c, c.ownerId()).get("enabled").booleanValue()).isTrue();
        WorkspaceClient api = WorkspaceClient.program(port, c.ownerToken());
        String audit = api.get("/api/v1/audit-events").body();
        assertThat(audit.split("MEMBER_CHANGED", -1).length - 1).as(audit).isEqualTo(4);
    }

    private JsonNode member(Tenants.Organization organization, String memberId) {
        for (JsonNode member : WorkspaceClient.program(port, organization.ownerToken()).get("/api/v1/members").json()
                .get("members")) {
            if (member.get("id").stringValue().equals(memberId)) {
                return member;
            }
        }
        throw new AssertionError("no member " + memberId);
    }

    @Test
    void theApiTokensAndTheApiSessionKeepWorkingBesideThePages() {
        assertThat(WorkspaceClient.program(port, a.ownerToken()).get("/api/v1/applicants").status()).isEqualTo(200);
        assertThat(WorkspaceClient.browser(port).get("/api/v1/applicants").status()).isEqualTo(401);
        assertThat(PageClient.anonymous(port).get("/en/workspace/login").status()).isEqualTo(200);
    }

    private Page call(PageClient client, String method, String pattern, Route route, Tenants.Organization organization,
            String userId, String lang, int counter) {
        String path = path(pattern, organization, userId, lang);
        if (method.equals("GET")) {
            return client.get(path);
        }
        // A form's token: the login page's for a visitor, the applicants page's for a user.
        client.get("/" + lang + "/workspace/login");
        client.get("/" + lang + "/workspace/applicants");
        return client.post(path, form(route, counter));
    }

    private String path(String pattern, Tenants.Organization organization, String userId, String lang) {
        Tenants.Applicant applicant = tenants.applicant(organization, "Applicant of " + organization.id());
        return pattern.replace("{lang}", lang)
                .replace("{applicantId}", applicant.id())
                .replace("{applicationId}", applicant.applicationId())
                .replace("{snapshotId}", applicant.snapshotId())
                .replace("{tokenId}", pattern.contains("{tokenId}") ? tenants.token(organization, userId).id() : "")
                .replace("{memberId}", pattern.contains("{memberId}") ? tenants.member(organization) : "");
    }

    private static Map<String, String> form(Route route, int counter) {
        Map<String, String> form = new TreeMap<>();
        route.form().forEach((name, value) -> form.put(name, value.replace("{n}", counter + "-" + System.nanoTime())));
        return form;
    }

    private static void check(List<String> wrong, String route, String caller, int status, int expected) {
        if (status != expected) {
            wrong.add(route + " as " + caller + ": " + status + ", expected " + expected);
        }
    }
}
