package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The boundaries between organizations beyond {@link AuthorizationMatrixTest}'s one foreign id a route:
 * every id-bearing route called by every kind of caller of organization A (owner and member, session and
 * token) with organization B's real ids, their sequential neighbours (UUIDv7 with the counter, the
 * millisecond or the random part one off), ids made just after them, random ids and the same ids in other
 * spellings; a member of B whose user is disabled (the product disables rather than deletes, and a user
 * row cannot be deleted while it has tokens); a user moved from A to B; threads mixing both
 * organizations' tokens and sessions; and the calendar feeds. A crossing is an answer to a caller of one
 * organization that is a success on another's row, holds another's data, or changes another's rows;
 * each part counts and prints its crossings, and every count must be 0.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantBoundariesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final List<String> ID_PARAMETERS = List.of("applicantId", "snapshotId", "applicationId", "memberId",
            "tokenId");
    private static final int CONCURRENT_REQUESTS = Integer.getInteger("hsp.tenants.concurrentRequests", 400);

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ids ids;

    private Tenants.Organization a;
    private Tenants.Organization b;
    private String markerA;
    private String markerB;

    @BeforeAll
    void organizations() {
        a = tenants.organization("Boundary A");
        b = tenants.organization("Boundary B");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        markerA = "Qalpha" + suffix;
        markerB = "Qbeta" + suffix;
    }

    /** The callers of organization A, taken in turn: its owner and its member, each by session and by token. */
    private List<Map.Entry<String, WorkspaceClient>> callersOfA() {
        return List.of(Map.entry("owner session", WorkspaceClient.loggedIn(port, a.ownerEmail(), Tenants.PASSWORD)),
                Map.entry("member session", WorkspaceClient.loggedIn(port, a.memberEmail(), Tenants.PASSWORD)),
                Map.entry("owner token", WorkspaceClient.program(port, a.ownerToken())),
                Map.entry("member token", WorkspaceClient.program(port, a.memberToken())));
    }

    @Test
    void noIdOfAnotherOrganizationSequentialOrRandomReachesItsRows() {
        Tenants.Applicant ofB = tenants.applicant(b, markerB + " applicant");
        Map<String, String> rowsOfB = Map.of("applicantId", ofB.id(), "snapshotId", ofB.snapshotId(), "applicationId",
                ofB.applicationId(), "memberId", b.memberId(), "tokenId", tenants.token(b, b.memberId()).id());
        String before = stateOf(b, ofB);
        Random random = new Random(20261205L);
        List<Map.Entry<String, WorkspaceClient>> callers = callersOfA();
        int requests = 0;
        List<String> crossings = new ArrayList<>();
        for (Map.Entry<String, AuthorizationMatrixTest.Route> route : AuthorizationMatrixTest.routes().entrySet()) {
            String method = route.getKey().split(" ", 2)[0];
            String pattern = route.getKey().split(" ", 2)[1];
            List<String> parameters = parameters(pattern);
            for (String parameter : parameters) {
                if (!ID_PARAMETERS.contains(parameter)) {
                    continue;
                }
                for (String candidate : candidates(rowsOfB.get(parameter), random)) {
                    Map.Entry<String, WorkspaceClient> caller = callers.get(requests % callers.size());
                    Tenants.Applicant own = tenants.applicant(a, markerA + " applicant");
                    Map<String, String> ownRows = Map.of("applicantId", own.id(), "snapshotId", own.snapshotId(),
                            "applicationId", own.applicationId(), "memberId", a.memberId(), "tokenId",
                            tenants.token(a, a.ownerId()).id(), "itemKey", "document:applicationForm");
                    String path = pattern;
                    for (String other : parameters) {
                        path = path.replace("{" + other + "}", other.equals(parameter) ? candidate : ownRows.get(other));
                    }
                    AuthorizationMatrixTest.Route call = route.getValue();
                    String body = call.body() == null ? null : call.body().replace("{uuid}", UUID.randomUUID().toString());
                    Answer answer = caller.getValue().send(method, path, call.contentType(), body);
                    requests++;
                    boolean success = answer.status() >= 200 && answer.status() < 300;
                    boolean foreignRow = candidate.equals(rowsOfB.get(parameter));
                    if (success && !isOwnRow(candidate, ownRows) || answer.body().contains(markerB)
                            || answer.status() >= 500) {
                        crossings.add(method + " " + path + " as " + caller.getKey() + (foreignRow ? " (B's row)" : "")
                                + ": " + answer);
                    }
                }
            }
        }
        String after = stateOf(b, ofB);
        if (!after.equals(before)) {
            crossings.add("organization B's rows changed: " + before + " -> " + after);
        }
        System.out.println("Tenant boundaries, ids: " + requests + " requests with B's ids, their neighbours and random "
                + "ids to every id-bearing route; crossings: " + crossings.size());
        assertThat(crossings).isEmpty();
    }

    @Test
    void queryParametersWithNeighbouringIdsFindNothing() {
        Tenants.Applicant ofB = tenants.applicant(b, markerB + " queried");
        WorkspaceClient owner = WorkspaceClient.program(port, a.ownerToken());
        List<String> crossings = new ArrayList<>();
        int requests = 0;
        for (String candidate : candidates(ofB.id(), new Random(7))) {
            for (String path : List.of("/api/v1/applications?applicant=", "/api/v1/deadlines?applicant=",
                    "/api/v1/audit-events?target=")) {
                Answer answer = owner.get(path + candidate);
                requests++;
                if (answer.body().contains(markerB) || answer.body().contains(ofB.applicationId())
                        || answer.status() >= 500 || path.contains("audit") && answer.status() == 200
                                && answer.json().get("entries").size() > 0) {
                    crossings.add(path + candidate + ": " + answer);
                }
            }
        }
        System.out.println("Tenant boundaries, queries: " + requests + " requests; crossings: " + crossings.size());
        assertThat(crossings).isEmpty();
    }

    @Test
    void aDisabledUsersSessionsTokensAndFeedStopAtOnce() {
        Tenants.Organization c = tenants.organization("Disabled");
        tenants.applicant(c, markerA + " of C");
        WorkspaceClient session = WorkspaceClient.loggedIn(port, c.memberEmail(), Tenants.PASSWORD);
        WorkspaceClient token = WorkspaceClient.program(port, c.memberToken());
        String feed = session.postJson("/api/v1/me/calendar-feed", null).json().get("path").stringValue();
        assertThat(token.get("/api/v1/applicants").status()).isEqualTo(200);
        WorkspaceClient owner = WorkspaceClient.program(port, c.ownerToken());
        assertThat(owner.patchJson("/api/v1/members/" + c.memberId(), "{\"enabled\": false}").status()).isEqualTo(200);
        List<String> crossings = new ArrayList<>();
        int requests = 0;
        for (String route : AuthorizationMatrixTest.routes().keySet()) {
            if (!route.startsWith("GET ") || route.contains("{")) {
                continue;
            }
            String path = route.substring(4);
            for (WorkspaceClient client : List.of(session, token)) {
                Answer answer = client.get(path);
                requests++;
                if (answer.status() != 401) {
                    crossings.add(path + " by the disabled user: " + answer);
                }
            }
        }
        Answer calendar = WorkspaceClient.browser(port).get(feed);
        requests++;
        if (calendar.status() != 404) {
            crossings.add(feed + " of the disabled user: " + calendar);
        }
        assertThat(WorkspaceClient.browser(port).login(c.memberEmail(), Tenants.PASSWORD).status()).isEqualTo(401);
        System.out.println("Tenant boundaries, disabled user: " + requests + " requests; crossings: " + crossings.size());
        assertThat(crossings).isEmpty();
    }

    @Test
    void aUserMovedToAnotherOrganizationNoLongerReachesTheOldOnesDataAndTheOldTokenAndFeedActNowhere() {
        Tenants.Organization from = tenants.organization("Moved from");
        Tenants.Organization to = tenants.organization("Moved to");
        Tenants.Applicant old = tenants.applicant(from, markerA + " old");
        tenants.applicant(to, markerB + " new");
        WorkspaceClient session = WorkspaceClient.loggedIn(port, from.memberEmail(), Tenants.PASSWORD);
        WorkspaceClient token = WorkspaceClient.program(port, from.memberToken());
        assertThat(token.get("/api/v1/applicants/" + old.id()).status()).isEqualTo(200);
        String feed = token.postJson("/api/v1/me/calendar-feed", null).json().get("path").stringValue();
        WorkspaceClient anyone = WorkspaceClient.browser(port);
        assertThat(anyone.get(feed).body()).as("the feed before the move").contains(markerA + " old");
        // The product has no move: an operator would change the user's row, as this does.
        jdbc.sql("UPDATE app_user SET organization_id = :to WHERE id = :id").param("to", to.id())
                .param("id", from.memberId()).update();
        List<String> crossings = new ArrayList<>();
        int requests = 0;
        // A feed belongs to the organization it was made in: after the move it shows neither organization.
        Answer oldFeed = anyone.get(feed);
        requests++;
        if (oldFeed.status() != 404 || oldFeed.body().contains(markerA) || oldFeed.body().contains(markerB)) {
            crossings.add("the feed made in the old organization after the move: " + oldFeed);
        }
        String newFeed = session.postJson("/api/v1/me/calendar-feed", null).json().get("path").stringValue();
        Answer inNew = anyone.get(newFeed);
        requests++;
        if (inNew.status() != 200 || !inNew.body().contains(markerB + " new") || inNew.body().contains(markerA)) {
            crossings.add("a feed made in the new organization: " + inNew);
        }
        for (Map.Entry<String, WorkspaceClient> client : Map.of("session", session, "token", token).entrySet()) {
            for (String path : List.of("/api/v1/applicants/" + old.id(), "/api/v1/applicants/" + old.id() + "/export",
                    "/api/v1/applications/" + old.applicationId(), "/api/v1/applicants", "/api/v1/deadlines",
                    "/api/v1/applications")) {
                Answer answer = client.getValue().get(path);
                requests++;
                if (answer.body().contains(markerA + " old") || answer.body().contains(old.id()) && answer.status() < 300) {
                    crossings.add("the moved user's " + client.getKey() + " read the old organization's " + path + ": "
                            + answer);
                }
            }
        }
        // A token made in the old organization is listed and revoked there: it must not act in the new one.
        Answer byOldToken = token.get("/api/v1/applicants");
        requests++;
        if (byOldToken.status() != 401) {
            crossings.add("the token made in the old organization acts in the new one: " + byOldToken);
        }
        System.out.println("Tenant boundaries, moved user: " + requests + " requests; crossings: " + crossings.size());
        assertThat(crossings).isEmpty();
    }

    @Test
    void concurrentRequestsOfTwoOrganizationsEachGetTheirOwnAnswers() throws Exception {
        Tenants.Organization x = tenants.organization("Concurrent X");
        Tenants.Organization y = tenants.organization("Concurrent Y");
        Map<String, Tenants.Applicant> applicants = Map.of(x.id(), tenants.applicant(x, markerA + " concurrent"),
                y.id(), tenants.applicant(y, markerB + " concurrent"));
        List<String> crossings = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                running.add(threads.submit(() -> {
                    Random random = new Random(thread);
                    Map<String, WorkspaceClient> clients = Map.of(
                            x.id() + " token", WorkspaceClient.program(port, x.memberToken()),
                            y.id() + " token", WorkspaceClient.program(port, y.memberToken()),
                            x.id() + " session", WorkspaceClient.loggedIn(port, x.ownerEmail(), Tenants.PASSWORD),
                            y.id() + " session", WorkspaceClient.loggedIn(port, y.ownerEmail(), Tenants.PASSWORD));
                    List<String> keys = new ArrayList<>(clients.keySet());
                    for (int i = 0; i < CONCURRENT_REQUESTS / 8; i++) {
                        String key = keys.get(random.nextInt(keys.size()));
                        String organization = key.split(" ")[0];
                        String own = organization.equals(x.id()) ? markerA : markerB;
                        String foreign = organization.equals(x.id()) ? markerB : markerA;
                        Tenants.Applicant applicant = applicants.get(organization);
                        String path = List.of("/api/v1/applicants", "/api/v1/applicants/" + applicant.id(),
                                "/api/v1/applicants/" + applicant.id() + "/export", "/api/v1/deadlines", "/api/v1/me",
                                "/api/v1/organization", "/api/v1/applications", "/api/v1/audit-events")
                                .get(random.nextInt(8));
                        Answer answer = clients.get(key).get(path);
                        requests.incrementAndGet();
                        if (!isOwnAnswer(path, answer, own, organization, key.endsWith("token"))
                                || answer.body().contains(foreign)) {
                            crossings.add(key + " " + path + ": " + answer);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.println("Tenant boundaries, concurrent: " + requests.get() + " requests of two organizations on 8 "
                + "threads; crossings: " + crossings.size());
        assertThat(crossings).isEmpty();
    }

    @Test
    void aCalendarFeedShowsOnlyItsUsersOrganizationAndNoOtherSecretOpensIt() {
        Tenants.Applicant ofA = tenants.applicant(a, markerA + " feed");
        Tenants.Applicant ofB = tenants.applicant(b, markerB + " feed");
        String feedA = WorkspaceClient.program(port, a.ownerToken()).postJson("/api/v1/me/calendar-feed", null).json()
                .get("path").stringValue();
        String feedB = WorkspaceClient.program(port, b.ownerToken()).postJson("/api/v1/me/calendar-feed", null).json()
                .get("path").stringValue();
        WorkspaceClient anyone = WorkspaceClient.browser(port);
        List<String> crossings = new ArrayList<>();
        Answer a1 = anyone.get(feedA);
        if (a1.status() != 200 || !a1.body().contains(markerA) || a1.body().contains(markerB)) {
            crossings.add("A's feed: " + a1);
        }
        Answer b1 = anyone.get(feedB);
        if (b1.status() != 200 || !b1.body().contains(markerB) || b1.body().contains(markerA)) {
            crossings.add("B's feed: " + b1);
        }
        String secretB = feedB.substring("/calendar/".length(), feedB.length() - ".ics".length());
        int requests = 2;
        for (String guess : List.of(secretB.toUpperCase(Locale.ROOT), secretB.substring(0, secretB.length() - 1),
                secretB + "x", "cal_", "%2e%2e%2f" + secretB, secretB.substring(0, 12) + "*", ofB.id(), b.ownerId())) {
            Answer answer = anyone.get("/calendar/" + guess + ".ics");
            requests++;
            if (answer.status() != 404 && answer.status() != 400 || answer.body().contains(markerB)) {
                crossings.add("/calendar/" + guess + ".ics: " + answer);
            }
        }
        WorkspaceClient.program(port, b.ownerToken()).delete("/api/v1/me/calendar-feed");
        Answer revoked = anyone.get(feedB);
        requests++;
        if (revoked.status() != 404) {
            crossings.add("B's revoked feed: " + revoked);
        }
        assertThat(ofA.id()).isNotEqualTo(ofB.id());
        System.out.println("Tenant boundaries, calendar feeds: " + (requests + 1) + " requests; crossings: " + crossings.size());
        assertThat(crossings).isEmpty();
    }

    /** B's real id, its UUIDv7 neighbours, an id made just now, random ids, and other spellings of B's id. */
    private List<String> candidates(String real, Random random) {
        UUID uuid = UUID.fromString(real);
        long high = uuid.getMostSignificantBits();
        long low = uuid.getLeastSignificantBits();
        List<String> candidates = new ArrayList<>(List.of(real, new UUID(high + 1, low).toString(),
                new UUID(high - 1, low).toString(), new UUID(high + (1L << 16), low).toString(),
                new UUID(high, low + 1).toString(), new UUID(high, low ^ 1L << 40).toString(), ids.next(),
                UUID.randomUUID().toString(), real.toUpperCase(Locale.ROOT), real + "%20", "%20" + real,
                real.replace("-", "")));
        long randomHigh = (random.nextLong() & ~0xF000L) | 0x7000L;
        candidates.add(new UUID(randomHigh, (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | Long.MIN_VALUE).toString());
        return candidates;
    }

    /**
     * Whether the answer is the asker's own: an applicant's data names the asker's applicant, the caller's
     * user and organization name the asker's organization, and the audit log, for owners only, is refused
     * to the member whose token asks.
     */
    private static boolean isOwnAnswer(String path, Answer answer, String ownMarker, String organization, boolean member) {
        if (path.equals("/api/v1/audit-events") && member) {
            return answer.status() == 403;
        }
        if (answer.status() != 200) {
            return false;
        }
        if (path.startsWith("/api/v1/applicants")) {
            return answer.body().contains(ownMarker);
        }
        if (path.equals("/api/v1/me") || path.equals("/api/v1/organization")) {
            return answer.body().contains(organization);
        }
        return true;
    }

    /** Whether the id is one of the caller's own rows (then a success is no crossing). */
    private static boolean isOwnRow(String candidate, Map<String, String> ownRows) {
        return ownRows.containsValue(candidate);
    }

    private static List<String> parameters(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** What B's owner sees of B: the applicant, its snapshots, its file, its members and its tokens. */
    private String stateOf(Tenants.Organization organization, Tenants.Applicant applicant) {
        WorkspaceClient owner = WorkspaceClient.program(port, organization.ownerToken());
        return owner.get("/api/v1/applicants/" + applicant.id() + "/snapshots").body()
                + owner.get("/api/v1/applications/" + applicant.applicationId()).body()
                + owner.get("/api/v1/applications/" + applicant.applicationId() + "/checklist").body()
                + owner.get("/api/v1/members").body().replaceAll("\"lastUsedAt\" : \"[^\"]*\"", "")
                + owner.get("/api/v1/tokens").body().replaceAll("\"lastUsedAt\" : (\"[^\"]*\"|null)", "");
    }
}
