package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seeded random request bodies (the seed is in each test's name): mutated profiles and cases, random
 * bytes, invalid UTF-8, deep nesting and huge numbers, to every endpoint that takes a body, a quarter
 * of them with a query parameter of random characters. A client
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
    private static final List<String> FRAGMENTS = List.of("1e999999999", "-1e-999999999", "9".repeat(400),
            "123456789012345678901234567890", "0.000000000000000000001", "-0", "1.5", "null", "true", "\"\"",
            "\"\\ud800\"", "\"2026-02-29\"", "\"9999-12-31\"", "\"0000-01-01\"", "{}", "[]", "[[[[[[[[]]]]]]]]",
            "\"\\u0000\"", "NaN", "Infinity", "\"N1\"", "\"MASTER\"", "-2147483649", "9223372036854775808");

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
                byte[] body = body(random, valid);
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

    private static byte[] body(Random random, String valid) {
        switch (random.nextInt(8)) {
            case 0: {
                byte[] bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1:
                return invalidUtf8(random, valid);
            case 2: {
                int depth = 1 + random.nextInt(200);
                return ("{\"birthDate\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
            }
            default:
                return mutate(random, valid).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Replaces one value, cuts the text, or repeats a part of it: a document that is almost right. */
    private static String mutate(Random random, String valid) {
        int at = random.nextInt(valid.length());
        switch (random.nextInt(4)) {
            case 0: {
                int colon = valid.indexOf(':', at);
                if (colon < 0) {
                    return valid.substring(0, at);
                }
                int end = colon + 1;
                while (end < valid.length() && ",}]".indexOf(valid.charAt(end)) < 0) {
                    end++;
                }
                return valid.substring(0, colon + 1) + " " + FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))
                        + valid.substring(end);
            }
            case 1:
                return valid.substring(0, at);
            case 2:
                return valid.substring(0, at) + valid.substring(at / 2, at) + valid.substring(at);
            default:
                return valid.substring(0, at) + (char) (32 + random.nextInt(95)) + valid.substring(at);
        }
    }

    private static byte[] invalidUtf8(Random random, String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int quote = valid.indexOf('"', random.nextInt(valid.length()));
        int at = quote < 0 ? bytes.length / 2 : quote + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 2 + random.nextInt(5));
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
