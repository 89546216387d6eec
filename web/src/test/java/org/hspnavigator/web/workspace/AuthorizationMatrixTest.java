package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.security.PublicRoutes;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, as its own handler mapping lists them, against every kind of caller:
 * anonymous, a member, an owner, the owner of another organization, and a revoked token; and every
 * state-changing route of a session without its CSRF token. A route the table below does not know fails
 * the test, so a new endpoint cannot be left out. Each call acts on fresh rows of organization A, so
 * that what one call changes or erases never decides another's answer.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** How to call a route, and what its owner and member get. */
    record Route(String body, String contentType, int owner, int member) {
    }

    private static final String JSON = "application/json";
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
    private WorkspaceClient owner;
    private WorkspaceClient member;
    private WorkspaceClient otherOwner;
    private WorkspaceClient revoked;
    private WorkspaceClient forged;

    /** The routes of the workspace, by "METHOD pattern" (TenantBoundariesTest calls them too). */
    static Map<String, Route> routes() {
        Map<String, Route> routes = new TreeMap<>();
        routes.put("GET /api/v1/me", new Route(null, null, 200, 200));
        routes.put("PUT /api/v1/me/password", new Route("{\"currentPassword\": \"" + Tenants.PASSWORD
                + "\", \"newPassword\": \"" + Tenants.PASSWORD + "\"}", JSON, 204, 204));
        routes.put("GET /api/v1/me/calendar-feed", new Route(null, null, 200, 200));
        routes.put("POST /api/v1/me/calendar-feed", new Route(null, null, 201, 201));
        routes.put("DELETE /api/v1/me/calendar-feed", new Route(null, null, 204, 204));
        routes.put("GET /api/v1/organization", new Route(null, null, 200, 200));
        routes.put("GET /api/v1/members", new Route(null, null, 200, FORBIDDEN));
        routes.put("POST /api/v1/members", new Route("{\"email\": \"new-{uuid}@example.test\", \"password\": \""
                + Tenants.PASSWORD + "\"}", JSON, 201, FORBIDDEN));
        routes.put("PATCH /api/v1/members/{memberId}", new Route("{\"role\": \"MEMBER\"}", JSON, 200, FORBIDDEN));
        routes.put("GET /api/v1/tokens", new Route(null, null, 200, 200));
        routes.put("POST /api/v1/tokens", new Route("{\"name\": \"a program\"}", JSON, 201, 201));
        routes.put("DELETE /api/v1/tokens/{tokenId}", new Route(null, null, 204, 204));
        routes.put("GET /api/v1/applicants", new Route(null, null, 200, 200));
        routes.put("POST /api/v1/applicants", new Route("{\"name\": \"New applicant\"}", JSON, 201, 201));
        routes.put("POST /api/v1/applicants/import", new Route("id,birthDate,annualSalaryYen\nimported,1990-01-01,5000000\n",
                "text/csv", 201, 201));
        routes.put("GET /api/v1/applicants/{applicantId}", new Route(null, null, 200, 200));
        routes.put("PUT /api/v1/applicants/{applicantId}", new Route("{\"name\": \"Renamed\", \"residence\": "
                + "{\"continuousSince\": \"2022-04-01\"}, \"employerCategory\": 3}", JSON, 200, 200));
        routes.put("DELETE /api/v1/applicants/{applicantId}", new Route(null, null, 204, FORBIDDEN));
        routes.put("GET /api/v1/applicants/{applicantId}/export", new Route(null, null, 200, 200));
        routes.put("GET /api/v1/applicants/{applicantId}/snapshots", new Route(null, null, 200, 200));
        routes.put("POST /api/v1/applicants/{applicantId}/snapshots", new Route(Tenants.SNAPSHOT
                .replace("2026-11-27", "2026-11-20"), JSON, 201, 201));
        routes.put("PUT /api/v1/applicants/{applicantId}/snapshots/{snapshotId}", new Route(Tenants.SNAPSHOT
                .replace("8000000", "8100000"), JSON, 200, 200));
        routes.put("DELETE /api/v1/applicants/{applicantId}/snapshots/{snapshotId}", new Route(null, null, 204, 204));
        routes.put("GET /api/v1/applicants/{applicantId}/assessments", new Route(null, null, 200, 200));
        routes.put("POST /api/v1/applicants/{applicantId}/assessments", new Route(null, null, 201, 201));
        routes.put("GET /api/v1/applicants/{applicantId}/permanent-residence", new Route(null, null, 200, 200));
        routes.put("GET /api/v1/applicants/{applicantId}/report", new Route(null, null, 200, 200));
        routes.put("POST /api/v1/applicants/{applicantId}/applications", new Route("{\"procedure\": \"CHANGE\"}", JSON,
                201, 201));
        routes.put("GET /api/v1/applications", new Route(null, null, 200, 200));
        routes.put("GET /api/v1/applications/{applicationId}", new Route(null, null, 200, 200));
        routes.put("PATCH /api/v1/applications/{applicationId}", new Route("{\"filingDate\": \"2026-12-01\"}", JSON,
                200, 200));
        routes.put("POST /api/v1/applications/{applicationId}/events", new Route("{\"date\": \"2026-11-30\", "
                + "\"status\": \"SUBMITTED\"}", JSON, 201, 201));
        routes.put("GET /api/v1/applications/{applicationId}/checklist", new Route(null, null, 200, 200));
        routes.put("PUT /api/v1/applications/{applicationId}/checklist/{itemKey}", new Route("{\"collected\": true}", JSON,
                200, 200));
        routes.put("GET /api/v1/deadlines", new Route(null, null, 200, 200));
        routes.put("GET /api/v1/audit-events", new Route(null, null, 200, FORBIDDEN));
        return routes;
    }

    @BeforeAll
    void organizations() {
        a = tenants.organization("A");
        b = tenants.organization("B");
        owner = WorkspaceClient.loggedIn(port, a.ownerEmail(), Tenants.PASSWORD);
        member = WorkspaceClient.loggedIn(port, a.memberEmail(), Tenants.PASSWORD);
        otherOwner = WorkspaceClient.loggedIn(port, b.ownerEmail(), Tenants.PASSWORD);
        var token = tenants.token(a, a.ownerId());
        WorkspaceClient.program(port, token.token()).delete("/api/v1/tokens/" + token.id());
        revoked = WorkspaceClient.program(port, token.token());
        forged = WorkspaceClient.loggedIn(port, a.ownerEmail(), Tenants.PASSWORD).withoutCsrf();
    }

    /** The application's own routes, as "METHOD pattern", without the server's documents and probes. */
    private List<String> applicationRoutes() {
        List<String> found = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    found.add(method.name() + " " + pattern);
                }
            }
        }
        // The workspace's pages answer a browser (a login page, an HTML not-found page): WorkspacePagesSecurityTest.
        return found.stream().filter(route -> !route.contains("/v3/api-docs") && !route.contains("swagger")
                && !route.endsWith(" /error") && !route.isEmpty() && !route.contains("}/workspace")).sorted().toList();
    }

    @Test
    void everyRouteIsPublicByTheListOrKnownToThisTable() {
        Map<String, Route> table = routes();
        List<String> unknown = new ArrayList<>();
        for (String route : applicationRoutes()) {
            String[] parts = route.split(" ", 2);
            if (!PublicRoutes.isPublic(parts[0], parts[1]) && !table.containsKey(route)) {
                unknown.add(route);
            }
        }
        assertThat(unknown).as("routes that need a row in AuthorizationMatrixTest.routes()").isEmpty();
        assertThat(table.keySet()).as("rows of routes that no longer exist").isSubsetOf(applicationRoutes());
    }

    @Test
    void everyCallerGetsWhatTheRulesAllowAndNothingMore() {
        Map<String, Route> table = routes();
        int cells = 0;
        int refusedCrossings = 0;
        List<String> wrong = new ArrayList<>();
        for (String route : applicationRoutes()) {
            String method = route.split(" ", 2)[0];
            String pattern = route.split(" ", 2)[1];
            if (PublicRoutes.isPublic(method, pattern)) {
                continue;
            }
            Route expected = table.get(route);
            Map<String, Integer> answers = new TreeMap<>();
            answers.put("anonymous", call(WorkspaceClient.browser(port), route, expected, a, a.ownerId()).status());
            answers.put("revoked token", call(revoked, route, expected, a, a.ownerId()).status());
            Answer asOther = call(otherOwner, route, expected, a, b.ownerId());
            answers.put("other organization's owner", asOther.status());
            answers.put("member", call(member, route, expected, a, a.memberId()).status());
            answers.put("owner", call(owner, route, expected, a, a.ownerId()).status());
            cells += answers.size();
            check(wrong, route, "anonymous", answers.get("anonymous"), 401);
            check(wrong, route, "revoked token", answers.get("revoked token"), 401);
            check(wrong, route, "member", answers.get("member"), expected.member());
            check(wrong, route, "owner", answers.get("owner"), expected.owner());
            refusedCrossings += 2;
            if (pattern.contains("{applicantId}") || pattern.contains("{applicationId}") || pattern.contains("{memberId}")
                    || pattern.contains("{tokenId}")) {
                check(wrong, route, "other organization's owner", answers.get("other organization's owner"), 404);
                refusedCrossings++;
            } else if (asOther.status() < 300 && mentionsA(asOther.body())) {
                wrong.add(route + ": the other organization's owner was shown organization A's data");
            }
            if (!method.equals("GET")) {
                check(wrong, route, "owner without CSRF token", call(forged, route, expected, a, a.ownerId()).status(),
                        FORBIDDEN);
                cells++;
                refusedCrossings++;
            }
        }
        System.out.println("Authorization matrix: " + applicationRoutes().size() + " routes (" + table.size()
                + " protected), " + cells + " calls, " + refusedCrossings + " refused crossings");
        assertThat(wrong).isEmpty();
    }

    @Test
    void queryParametersNamingAnotherOrganizationsApplicantFindNothing() {
        Tenants.Applicant applicant = tenants.applicant(a, "Applicant of A");
        assertThat(otherOwner.get("/api/v1/applications?applicant=" + applicant.id()).status()).isEqualTo(404);
        assertThat(otherOwner.get("/api/v1/deadlines?applicant=" + applicant.id()).status()).isEqualTo(404);
        Answer audit = otherOwner.get("/api/v1/audit-events?target=" + applicant.id());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("entries").size()).isZero();
        assertThat(owner.get("/api/v1/applications?applicant=" + applicant.id()).json().get("applications").size())
                .isEqualTo(1);
    }

    private boolean mentionsA(String body) {
        return body.contains(a.id()) || body.contains(a.ownerEmail()) || body.contains("Applicant of A");
    }

    private static void check(List<String> wrong, String route, String caller, int status, int expected) {
        if (status != expected) {
            wrong.add(route + " as " + caller + ": " + status + ", expected " + expected);
        }
    }

    /** Calls the route on fresh rows of {@code organization}; {@code userId} is the caller's own id where a route needs one. */
    private Answer call(WorkspaceClient client, String route, Route expected, Tenants.Organization organization,
            String userId) {
        String method = route.split(" ", 2)[0];
        String path = route.split(" ", 2)[1];
        Tenants.Applicant applicant = tenants.applicant(organization, "Applicant of A");
        if (path.equals("/api/v1/me/calendar-feed") && method.equals("DELETE")) {
            client.postJson("/api/v1/me/calendar-feed", null);
        }
        path = path.replace("{applicantId}", applicant.id())
                .replace("{snapshotId}", applicant.snapshotId())
                .replace("{applicationId}", applicant.applicationId())
                .replace("{itemKey}", "document:applicationForm")
                .replace("{memberId}", path.contains("{memberId}") ? tenants.member(organization) : "")
                .replace("{tokenId}", path.contains("{tokenId}") ? tokenOf(organization, userId) : "");
        String body = expected.body() == null ? null : expected.body().replace("{uuid}", UUID.randomUUID().toString());
        return client.send(method, path, expected.contentType(), body);
    }

    /** A token of the caller's own when the caller is of the organization, else one of its owner. */
    private String tokenOf(Tenants.Organization organization, String userId) {
        boolean ofOrganization = userId.equals(organization.ownerId()) || userId.equals(organization.memberId());
        return tenants.token(organization, ofOrganization ? userId : organization.ownerId()).id();
    }
}
