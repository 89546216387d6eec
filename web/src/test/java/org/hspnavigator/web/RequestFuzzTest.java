package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.HostileText;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seeded random request bodies (the seed is in each test's name): mutated profiles and cases, random
 * bytes, invalid UTF-8, deep nesting, long strings and huge numbers ({@link HostileText}), to every
 * endpoint of the public API that takes a JSON body, a quarter of them with a query parameter of random
 * characters. HostileInputTest extends the same to every route, the workspace and the login. A client
 * can never cause a 500: the answer is a 200 (the mutation left a valid document), or a problem of
 * status 400, 413 or 415.
 */
@ApiTest
class RequestFuzzTest {

    private static final long SEED = 20261127L;
    private static final int REQUESTS = 400;
    private static final Set<Integer> ALLOWED = Set.of(200, 400, 413, 415);
    private static final List<String> PROFILE_PATHS = List.of("/api/v1/assessments", "/api/v1/advice",
            "/api/v1/assessments?date=2020-02-29&category=ACADEMIC_RESEARCH");
    private static final List<String> CASE_PATHS = List.of("/api/v1/permanent-residence", "/api/v1/family",
            "/api/v1/checklists?procedure=change&expiry=2027-01-31", "/api/v1/checklists?procedure=pr");

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> randomBodiesNeverCauseA500() {
        Http http = new Http(port);
        List<String> profiles = CaseFiles.scoringCases().stream().map(c -> StrictJson.toText(c.input())).toList();
        List<String> cases = CaseFiles.prCases().stream().map(c -> StrictJson.toText(c.input())).toList();
        return IntStream.range(0, REQUESTS).mapToObj(i -> {
            long seed = SEED + i;
            return DynamicTest.dynamicTest("seed " + seed, () -> {
                Random random = new Random(seed);
                boolean profile = random.nextBoolean();
                List<String> paths = profile ? PROFILE_PATHS : CASE_PATHS;
                String path = withRandomQuery(random, paths.get(random.nextInt(paths.size())));
                String valid = (profile ? profiles : cases).get(random.nextInt(profile ? profiles.size() : cases.size()));
                byte[] body = HostileText.json(random, valid);
                String type = random.nextInt(20) == 0 ? "text/plain" : "application/json";
                Http.Answer answer = http.post(path, type, body);
                assertThat(answer.status()).as(path + " " + new String(body, StandardCharsets.UTF_8) + " → " + answer.body())
                        .isIn(ALLOWED);
                if (answer.status() != 200) {
                    assertThat(answer.contentType()).isEqualTo("application/problem+json");
                    assertThat(answer.body()).doesNotContain("\tat ", "Exception");
                }
            });
        });
    }

    /** A quarter of the requests also get a query parameter of the API's with a random value. */
    private static String withRandomQuery(Random random, String path) {
        if (random.nextInt(4) != 0) {
            return path;
        }
        String[] names = {"date", "category", "target", "limit", "procedure", "expiry"};
        StringBuilder value = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            value.appendCodePoint(random.nextInt(4) == 0 ? 32 + random.nextInt(0x3000) : '0' + random.nextInt(10));
        }
        return path + (path.contains("?") ? "&" : "?") + names[random.nextInt(names.length)] + "="
                + java.net.URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
