package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.HostileText;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.web.workspace.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Hostile requests to every route of the server, from a seeded {@link Random} (rerun one with
 * {@code -Dhsp.fuzz.seed=N -Dhsp.fuzz.cases=1}; run more with {@code -Dhsp.fuzz.cases=N},
 * bench/hostile.sh; from several clients at once with {@code -Dhsp.fuzz.threads=N}): every route
 * the server describes at {@code /v3/api-docs} and the hidden ones (the login form, the pages, the
 * calendar feed), in turn, anonymously, with a session and CSRF token, and with an API token. Each
 * request gets a body of {@link HostileText} (mutated JSON and CSV, huge documents, deep nesting, long
 * strings, invalid UTF-8), a wrong content type, headers with CR, LF and bytes that are not text, ids of
 * path traversal ({@code ../} and its encodings), of the other organization, or out of range, and a
 * query of such values.
 *
 * <p>The server runs as a process of its own with a heap of {@value #HEAP}, so that its memory stays
 * bounded whatever is sent, and its whole output is read afterwards. No answer is a 5xx; no answer
 * body or log line holds a stack trace or an exception's name; no answer carries a header the request
 * smuggled in; a body over the limit is never taken (a 413 where nothing else is wrong first); no answer holds the other organization's data; and the
 * server still answers at the end.
 */
class HostileInputTest {

    /**
     * A small heap, so that a request that eats memory shows here. Not smaller: the PDF reports
     * ({@code POST /api/v1/reports}) hold a parsed CJK font while they write, and at 64 MB every report
     * ran out of memory (500) while at 96 MB each of the five languages was written.
     */
    private static final String HEAP = "-Xmx128m";
    private static final long SEED = Long.getLong("hsp.fuzz.seed", 20261205L);
    private static final int CASES = Integer.getInteger("hsp.fuzz.cases", 330);
    /** Clients sending at once; more than one makes the hostile requests concurrent (bench/hostile.sh). */
    private static final int THREADS = Integer.getInteger("hsp.fuzz.threads", 1);
    /** The server's body limit as the test sets it, so that a huge document costs little to send. */
    private static final int MAX_BODY = 262_144;

    private static final String OTHER_MARKER = "Zyqxw of the other organization";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String CSV = "text/csv";
    private static final String CSV_BODY = "id,referenceDate,birthDate,annualSalaryYen,degrees.0.level,"
            + "careerYears.specializedTechnical,japaneseLanguage.jlpt\nrow-1,2026-11-27,1990-04-01,8000000,MASTER,5,N1\n"
            + "row-2,2026-11-27,1985-01-31,12000000,DOCTORATE,10,\n";

    /** Ids no row has: traversal in its encodings, injection, overlong and out-of-range texts. */
    private static final List<String> HOSTILE_IDS = List.of("..", "../", "..%2F", "%2e%2e%2f", "%2E%2E/", "..%252f",
            "..%5c", "..\\", "..;", "..%3B", "%2e%2e;x=1", "%00", "%C0%AE%C0%AE%C0%AF", "%0d%0aX-Injected:%201",
            "%E3%81%82", "%", "%G1", "0", "-1", "99999999999999999999999999", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-7fff-bfff-ffffffffffff", "'%20OR%20'1'='1", "%27%3B--", "x".repeat(3000),
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//", "%252e%252e%252f");
    /** Query values of the same kind, and CR LF in their encodings. */
    private static final List<String> HOSTILE_QUERIES = List.of("date=2026-13-45", "date=%0d%0aX-Injected:%201",
            "applicant=..%2F..%2F", "limit=-1", "limit=99999999999999999999", "target=%00", "category=%ff%fe",
            "days=1e9", "from=9999-12-31&to=0000-01-01", "procedure=../../x", "lang=%0aFORGED-LOG-LINE",
            "date=" + "9".repeat(5000), "a=1&a=2&a=3", "%=%", "expiry=%C3%28");
    private static final List<String> WRONG_TYPES = List.of("text/plain", "application/xml", FORM,
            "multipart/form-data; boundary=x", "application/json; charset=UTF-16", "application/json; charset=nonsense",
            "*/*", "application/problem+json", "text/csv; charset=ISO-8859-1", "\u00ff\u00fe/\u00fd", "");

    @TempDir
    Path dir;

    /** A route to attack and where its valid body comes from. */
    private record Route(String method, String pattern, String kind) {

        boolean isPublic() {
            return kind.startsWith("public") || pattern.equals("/api/v1/login") || pattern.startsWith("/calendar/")
                    || !pattern.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** The ids of the organization the requests act for, and of the other. */
    private record Ids(Map<String, String> own, Map<String, String> other) {
    }

    @Test
    void hostileRequestsGetClientErrorsAndNeverAStackTraceOrAnotherOrganizationsData() throws Exception {
        Path gcLog = dir.resolve("gc.log");
        try (ServerProcess server = ServerProcess.start(dir, HEAP, Map.of(
                "HSP_API_LIMITS_MAX_BODY_BYTES", Integer.toString(MAX_BODY),
                "HSP_LOGIN_MAX_ADDRESS_FAILURES", "1000000",
                // The collector's log gives the heap's peak, which the resident memory alone does not show.
                "JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcLog))) {
            ServerProcess.tool(dir, Tenants.PASSWORD + "\n", "admin", "create-owner", "--org", "Fuzzed", "--email",
                    "owner@fuzz.test");
            String token = ServerProcess.tool(dir, "", "admin", "create-token", "--email", "owner@fuzz.test", "--name", "fuzz");
            ServerProcess.tool(dir, Tenants.PASSWORD + "\n", "admin", "create-owner", "--org", "Other", "--email",
                    "owner@other.test");
            String otherToken = ServerProcess.tool(dir, "", "admin", "create-token", "--email", "owner@other.test",
                    "--name", "other");
            RawHttp http = new RawHttp(server.port());
            Session session = Session.login(http, "owner@fuzz.test", Tenants.PASSWORD);
            Map<String, String> other = rows(http, "Bearer " + otherToken, OTHER_MARKER);
            // The feed's secret is its credential and a FAQ id names no one's data: neither is another's row.
            other.remove("secret");
            other.remove("id");
            Ids ids = new Ids(rows(http, "Bearer " + token, "Fuzzed applicant"), other);
            List<Route> routes = routes(http);
            Map<String, Integer> statuses = new ConcurrentSkipListMap<>();
            Map<Integer, Integer> oversized = new ConcurrentSkipListMap<>();
            Set<String> reached = new ConcurrentSkipListSet<>();
            List<String> wrong = Collections.synchronizedList(new ArrayList<>());
            // Case i is sent by client i modulo THREADS, each client one request after the other, so that
            // THREADS requests are under way at once.
            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> sent = new ArrayList<>();
            for (int client = 0; client < THREADS; client++) {
                int first = client;
                sent.add(clients.submit(() -> {
                    for (int i = first; i < CASES; i += THREADS) {
                        long seed = SEED + i;
                        // The route follows from the seed too, so that one seed alone replays a case.
                        Route route = routes.get((int) Math.floorMod(seed, (long) routes.size()));
                        Request request = request(new Random(seed), route, ids, session, token);
                        RawHttp.Answer answer = http.send(request.method(), request.target(), request.headers(),
                                request.body());
                        statuses.merge(route.method() + " " + answer.status(), 1, Integer::sum);
                        if (request.oversized()) {
                            oversized.merge(answer.status(), 1, Integer::sum);
                        }
                        reached.add(route.toString());
                        check(wrong, "seed " + seed + " " + route + " " + request, request, answer);
                    }
                    return null;
                }));
            }
            clients.shutdown();
            for (Future<?> client : sent) {
                client.get();
            }
            String log = server.log();
            List<String> badLines = log.lines().filter(line -> line.contains("\tat ") || line.contains("Exception")
                    || line.contains(" ERROR ") || line.startsWith("FORGED") || line.startsWith("X-Injected")).toList();
            RawHttp.Answer health = http.send("GET", "/actuator/health/readiness", List.of(), null);
            RawHttp.Answer me = http.send("GET", "/api/v1/me", List.of("Authorization: Bearer " + otherToken), null);
            System.out.printf("Hostile input: seed %d, %d requests to %d routes from %d client thread(s), server %s, "
                    + "peak RSS %s, %s; answers by method and status: %s; bodies over the limit by status: %s; problems: %d; "
                    + "log lines with a stack trace or an error: %d%n", SEED, CASES, routes.size(), THREADS, HEAP,
                    server.peakResidentMemory().orElse("unknown"), GcLog.heapPeaks(gcLog), statuses, oversized,
                    wrong.size(), badLines.size());
            assertThat(server.isAlive()).as("the server is running:%n%s", server.tail()).isTrue();
            assertThat(health.status()).isEqualTo(200);
            assertThat(me.status()).as("the other organization's token still works").isEqualTo(200);
            assertThat(wrong).isEmpty();
            assertThat(badLines).as("log lines with a stack trace, an error or a forged start").isEmpty();
            if (CASES >= routes.size()) {
                assertThat(reached).hasSize(routes.size());
                // Most bodies over the limit also carry a wrong id or header, answered first; some must reach the limit.
                assertThat(oversized).containsKey(413);
            }
        }
    }

    private static void check(List<String> wrong, String what, Request request, RawHttp.Answer answer) {
        String body = answer.text();
        if (answer.status() < 0 && !request.oversized()) {
            wrong.add(what + ": no answer");
        }
        if (answer.status() >= 500) {
            wrong.add(what + ": " + answer);
        }
        if (request.oversized() && answer.status() >= 200 && answer.status() < 300) {
            wrong.add(what + ": a body over the limit was taken: " + answer);
        }
        if (body.contains("\tat ") || body.contains("Exception") || body.contains("Caused by")
                || body.contains("org.apache.") || body.contains("Tomcat/")) {
            wrong.add(what + ": a stack trace or the server's internals in " + answer);
        }
        if (answer.headers().stream().anyMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("x-injected")
                || h.toLowerCase(java.util.Locale.ROOT).contains("injected"))) {
            wrong.add(what + ": a header smuggled into the answer: " + answer.headers());
        }
        if (body.contains(OTHER_MARKER)) {
            wrong.add(what + ": the other organization's data in " + answer);
        }
        if (request.namesOtherRow() && answer.status() >= 200 && answer.status() < 300) {
            wrong.add(what + ": the other organization's row answered " + answer);
        }
        if (answer.status() >= 400 && answer.body().length > 0 && request.target().startsWith("/api/")
                && !answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(what + ": an error that is not a problem: " + answer);
        }
    }

    /** The request of one case. */
    private record Request(String method, String target, List<String> headers, byte[] body, boolean oversized,
            boolean namesOtherRow) {

        @Override
        public String toString() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + shortened(target) + " " + headers.stream().map(HostileInputTest::shortened).toList()
                    + " " + shortened(text);
        }
    }

    static String shortened(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + ")" : text;
    }

    private Request request(Random random, Route route, Ids ids, Session session, String token) {
        boolean otherRow = false;
        String target = route.pattern().replace("{lang}", random.nextInt(8) == 0 ? pick(random, HOSTILE_IDS) : "en");
        Matcher parameters = Pattern.compile("\\{(\\w+)}").matcher(target);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String name = parameters.group(1);
            String value;
            int draw = random.nextInt(10);
            boolean destructive = route.method().equals("DELETE") && !name.equals("tokenId");
            if (draw < 5 && !destructive && ids.own().containsKey(name)) {
                value = ids.own().get(name);
            } else if (draw < 7 && ids.other().containsKey(name)) {
                value = ids.other().get(name);
                otherRow = !name.equals("itemKey");
            } else if (draw == 7 && ids.own().containsKey(name)) {
                // An own id with a way out of it appended: a path that climbs back up must not lead elsewhere.
                value = ids.own().get(name) + "/" + pick(random, List.of("..", "%2e%2e", "..%2F" + ids.other()
                        .getOrDefault(name, "x"), "%2F..%2F..%2F"));
            } else {
                value = pick(random, HOSTILE_IDS);
            }
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(path);
        target = path.toString();
        if (random.nextInt(4) == 0) {
            target += (target.contains("?") ? "&" : "?") + pick(random, HOSTILE_QUERIES);
        }
        List<String> headers = new ArrayList<>();
        // Every request comes from an address of its own: failed logins then lock no address that another
        // request needs.
        headers.add("X-Forwarded-For: 198.51.100." + random.nextInt(255));
        int caller = route.isPublic() ? (random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0) : random.nextInt(7) == 0 ? 0
                : 1 + random.nextInt(2);
        if (caller == 1) {
            headers.add("Cookie: SESSION=" + session.cookie());
            headers.add("X-CSRF-TOKEN: " + session.csrf());
        } else if (caller == 2) {
            headers.add("Authorization: Bearer " + token);
        }
        headers.addAll(hostileHeaders(random));
        byte[] body = null;
        boolean oversized = false;
        String valid = validBody(route);
        String type = route.kind().endsWith("csv") ? CSV : route.kind().endsWith("form") ? FORM : JSON;
        if (valid != null || random.nextInt(6) == 0) {
            int draw = random.nextInt(12);
            if (draw == 0) {
                body = HostileText.huge(MAX_BODY + 1 + random.nextInt(MAX_BODY));
                oversized = type.equals(JSON) && valid != null;
            } else if (draw == 1) {
                type = pick(random, WRONG_TYPES);
                body = valid == null ? HostileText.randomBytes(random, 100) : valid.getBytes(StandardCharsets.UTF_8);
            } else if (valid == null) {
                body = HostileText.json(random, "{}");
            } else if (type.equals(CSV)) {
                body = HostileText.csv(random, valid);
            } else if (type.equals(FORM)) {
                body = hostileForm(random, valid);
            } else {
                body = HostileText.json(random, valid);
            }
            if (!type.isEmpty()) {
                headers.add("Content-Type: " + type);
            }
        }
        return new Request(route.method(), target, headers, body, oversized, otherRow);
    }

    /** Nothing most of the time; else a header with CR, LF, NUL or bytes that are not text, or one far too long. */
    private static List<String> hostileHeaders(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> List.of("Accept-Language: en\rX-Injected: 1");
            case 1 -> List.of("Accept-Language: ja\nX-Injected: 1");
            case 2 -> List.of("Accept: application/json\u0000X-Injected: 1");
            case 3 -> List.of("Accept-Language: \u00ff\u00fe\u00c3\u0028");
            case 4 -> List.of("X-Forwarded-Proto: https\r\nX-Injected: 1");
            case 5 -> List.of("Referer: http://x/%0d%0aX-Injected:%201");
            case 6 -> List.of("X-Long: " + "a".repeat(20_000));
            case 8 -> List.of("Accept: */*;q=\u00ff", "Accept-Language: zz-ZZ-x-" + "a".repeat(300));
            case 9 -> List.of("Cookie: SESSION=..%2F..%2Fx; SESSION=%0d%0a");
            case 10 -> List.of("Authorization: Bearer ../../x", "Authorization: Basic Zm9vOmJhcg==");
            case 11 -> List.of("X-Forwarded-For: 999.1.1.1, %0d%0a, ../");
            default -> List.of();
        };
    }

    /** A login or page form with a value replaced by one of the hostile texts, cut, or with bytes that are not UTF-8. */
    private static byte[] hostileForm(Random random, String valid) {
        return switch (random.nextInt(5)) {
            case 0 -> HostileText.invalidUtf8(random, valid);
            case 1 -> (valid + "&email=" + "a".repeat(random.nextInt(200_000)) + "%C3%28").getBytes(StandardCharsets.UTF_8);
            case 2 -> valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("email=" + URLEncoder.encode(pick(random, HostileText.FRAGMENTS), StandardCharsets.UTF_8)
                    + "&password=%00%0d%0a&password=x").getBytes(StandardCharsets.UTF_8);
            default -> HostileText.mutateCsv(random, valid).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The valid body of a route, which the mutations start from; null for a route that takes none. */
    private static String validBody(Route route) {
        return switch (route.kind()) {
            case "public-profile", "profile" -> Tenants.SNAPSHOT;
            case "public-case" -> StrictJson.toText(CaseFiles.prCases().get(0).input());
            case "public-csv", "csv" -> CSV_BODY;
            case "login-form" -> "email=owner%40fuzz.test&password=wrong-password-123";
            case "page-form" -> "birthDate=1990-01-01&annualSalaryYen=8000000&degree=MASTER";
            case "applicant" -> "{\"name\": \"Renamed\", \"residence\": {\"continuousSince\": \"2022-04-01\"}, "
                    + "\"employerCategory\": 3, \"periodOfStayExpiry\": \"2027-04-30\"}";
            case "member" -> "{\"email\": \"new@fuzz.test\", \"password\": \"" + Tenants.PASSWORD + "\", \"role\": \"MEMBER\"}";
            case "member-change" -> "{\"role\": \"MEMBER\", \"enabled\": true}";
            case "token" -> "{\"name\": \"a program\"}";
            case "password" -> "{\"currentPassword\": \"" + Tenants.PASSWORD + "\", \"newPassword\": \"" + Tenants.PASSWORD + "\"}";
            case "application" -> "{\"procedure\": \"CHANGE\", \"periodOfStayExpiry\": \"2027-04-30\"}";
            case "application-change" -> "{\"filingDate\": \"2026-12-01\"}";
            case "event" -> "{\"date\": \"2026-11-30\", \"status\": \"SUBMITTED\", \"note\": \"a note\"}";
            case "mark" -> "{\"collected\": true}";
            default -> null;
        };
    }

    /** What kind of body a route takes, by its pattern; a route this table does not know is sent without one. */
    private static String kind(String method, String pattern) {
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            return pattern.startsWith("/api/v1/") && !pattern.startsWith("/api/v1/faq") && !pattern.startsWith("/api/v1/rule")
                    && !pattern.startsWith("/api/v1/point") ? "none" : "public-none";
        }
        return switch (pattern) {
            case "/api/v1/assessments", "/api/v1/advice", "/bench/floor" -> "public-profile";
            case "/api/v1/permanent-residence", "/api/v1/family", "/api/v1/checklists" -> "public-case";
            case "/api/v1/batch" -> "public-csv";
            case "/api/v1/applicants/import" -> "csv";
            case "/api/v1/login" -> "login-form";
            case "/api/v1/applicants", "/api/v1/applicants/{applicantId}" -> "applicant";
            case "/api/v1/applicants/{applicantId}/snapshots" -> "profile";
            case "/api/v1/members" -> "member";
            case "/api/v1/members/{memberId}" -> "member-change";
            case "/api/v1/tokens" -> "token";
            case "/api/v1/me/password" -> "password";
            case "/api/v1/applicants/{applicantId}/applications" -> "application";
            case "/api/v1/applications/{applicationId}" -> "application-change";
            case "/api/v1/applications/{applicationId}/events" -> "event";
            case "/api/v1/applications/{applicationId}/checklist/{itemKey}" -> "mark";
            default -> pattern.startsWith("/{lang}") ? "page-form" : "none";
        };
    }

    /** Every operation of /v3/api-docs, and the routes it leaves out: the login, the pages, the feed. */
    private static List<Route> routes(RawHttp http) throws IOException {
        RawHttp.Answer docs = http.send("GET", "/v3/api-docs", List.of(), null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = json(docs.text()).get("paths");
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (path.getValue().has(method)) {
                    String upper = method.toUpperCase(java.util.Locale.ROOT);
                    if (seen.add(upper + " " + path.getKey())) {
                        routes.add(new Route(upper, path.getKey(), kind(upper, path.getKey())));
                    }
                }
            }
        }
        for (String hidden : List.of("POST /api/v1/login", "POST /api/v1/logout", "GET /api/v1/csrf", "GET /calendar/{secret}",
                "GET /", "GET /{lang}", "GET /{lang}/", "GET /{lang}/self-assessment", "GET /{lang}/self-assessment/results",
                "POST /{lang}/self-assessment/results", "POST /bench/floor")) {
            String[] parts = hidden.split(" ");
            if (seen.add(hidden)) {
                routes.add(new Route(parts[0], parts[1], kind(parts[0], parts[1])));
            }
        }
        // The logout would end the session the other requests use: it is sent without one.
        return routes.stream().map(r -> r.pattern().equals("/api/v1/logout") ? new Route(r.method(), r.pattern(),
                "public-none") : r).toList();
    }

    /** An applicant with a snapshot and an application file, a member and a spare token of the organization of {@code bearer}. */
    private static Map<String, String> rows(RawHttp http, String bearer, String name) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        List<String> auth = List.of("Authorization: " + bearer, "Content-Type: " + JSON);
        ids.put("applicantId", id(http.send("POST", "/api/v1/applicants", auth, ("{\"name\": \"" + name + "\", \"residence\": "
                + "{\"continuousSince\": \"2022-04-01\"}, \"employerCategory\": 3, \"periodOfStayExpiry\": \"2027-04-30\"}")
                .getBytes(StandardCharsets.UTF_8))));
        ids.put("snapshotId", id(http.send("POST", "/api/v1/applicants/" + ids.get("applicantId") + "/snapshots", auth,
                Tenants.SNAPSHOT.getBytes(StandardCharsets.UTF_8))));
        ids.put("applicationId", id(http.send("POST", "/api/v1/applicants/" + ids.get("applicantId") + "/applications", auth,
                "{\"procedure\": \"EXTENSION\"}".getBytes(StandardCharsets.UTF_8))));
        ids.put("memberId", id(http.send("POST", "/api/v1/members", auth, ("{\"email\": \"member-" + Math.abs(name.hashCode())
                + "@fuzz.test\", \"password\": \"" + Tenants.PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8))));
        ids.put("tokenId", json(http.send("POST", "/api/v1/tokens", auth, "{\"name\": \"spare\"}"
                .getBytes(StandardCharsets.UTF_8)).text()).get("id").stringValue());
        ids.put("itemKey", "document:applicationForm");
        ids.put("id", "points-are-all");
        RawHttp.Answer feed = http.send("POST", "/api/v1/me/calendar-feed", List.of("Authorization: " + bearer), null);
        String feedPath = json(feed.text()).get("path").stringValue();
        ids.put("secret", feedPath.substring("/calendar/".length()));
        return ids;
    }

    private static String id(RawHttp.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("expected 201: " + answer);
        }
        return json(answer.text()).get("id").stringValue();
    }

    private static JsonNode json(String text) {
        try {
            return StrictJson.parse(text);
        } catch (org.hspnavigator.formats.validation.InvalidInputException e) {
            throw new IllegalStateException("not JSON: " + shortened(text), e);
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A browser's session: its cookie and its CSRF token. */
    private record Session(String cookie, String csrf) {

        static Session login(RawHttp http, String email, String password) throws IOException {
            Session anonymous = csrf(http, List.of());
            RawHttp.Answer login = http.send("POST", "/api/v1/login", List.of("Content-Type: " + FORM,
                    "Cookie: SESSION=" + anonymous.cookie(), "X-CSRF-TOKEN: " + anonymous.csrf()),
                    ("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            if (login.status() != 200) {
                throw new IllegalStateException("login failed: " + login);
            }
            return csrf(http, List.of("Cookie: SESSION=" + cookie(login)));
        }

        /** The CSRF token of a session (a new one when no cookie is sent), which a login replaces. */
        private static Session csrf(RawHttp http, List<String> cookie) throws IOException {
            RawHttp.Answer csrf = http.send("GET", "/api/v1/csrf", cookie, null);
            String session = cookie.isEmpty() ? cookie(csrf) : cookie.get(0).substring("Cookie: SESSION=".length());
            return new Session(session, json(csrf.text()).get("token").stringValue());
        }

        private static String cookie(RawHttp.Answer answer) {
            return answer.all("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no session cookie: " + answer)).split(";")[0]
                    .substring("SESSION=".length());
        }
    }
}
