package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Seeded generated profiles and cases ({@link GeneratedProfiles}; the seed is in each test's name), valid
 * and invalid, through the API and through the real command with the same options ({@code category},
 * {@code date}, and the language as {@code Accept-Language} and {@code --lang}): a document the command
 * scores (exit 0) is answered 200 with an equal JSON document, and one it refuses (exit 2) is answered
 * 400 with the same problems, path and words, in the same order. ParityWithTheCommandLineTest does the
 * same for the case files; this test reaches the combinations they do not write down. One difference is
 * by design: an option the command refuses ends it before it reads its input and the other options, while
 * the API answers the problems of the query and of the body at once; then the command's problem must be
 * among those the API names for the query. More documents:
 * {@code -Dhsp.parity.profiles=N} (default 100) and {@code -Dhsp.parity.cases=N} (default 20).
 */
@ApiTest
class GeneratedParityTest {

    private static final long SEED = 20261206L;
    private static final int PROFILES = Integer.getInteger("hsp.parity.profiles", 100);
    private static final int CASES = Integer.getInteger("hsp.parity.cases", 20);
    /** The Accept-Language header (null: none, which is English) and the command's --lang of the same language. */
    private static final String[][] LANGUAGES = {{null, "en"}, {"en", "en"}, {"ja", "ja"}, {"zh", "zh"},
        {"zh-Hant", "zh-Hant"}, {"ko", "ko"}};
    private static final String[] CATEGORIES = {"ACADEMIC_RESEARCH", "SPECIALIZED_TECHNICAL", "BUSINESS_MANAGEMENT"};

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> profilesThroughAssessments() {
        return seeded(SEED, PROFILES, generator -> {
            Random random = generator.random();
            JsonNode document = generator.documents(1, random.nextInt(3) != 0).get(0);
            Options options = new Options(random, "score");
            categoryAndDate(random, options);
            compare("/api/v1/assessments", options, StrictJson.toText(document));
        });
    }

    @TestFactory
    Stream<DynamicTest> profilesThroughAdvice() {
        return seeded(SEED + 100_000, CASES, generator -> {
            Random random = generator.random();
            JsonNode profile = random.nextInt(4) != 0 ? generator.valid() : generator.invalid();
            Options options = new Options(random, "advise");
            if (random.nextBoolean()) {
                options.add("target", "--target", new String[] {"70", "80", "70", "80", "75", "60"}[random.nextInt(6)]);
            }
            if (random.nextBoolean()) {
                options.add("limit", "--limit", String.valueOf(random.nextInt(8) - 1));
            }
            categoryAndDate(random, options);
            compare("/api/v1/advice", options, StrictJson.toText(profile));
        });
    }

    @TestFactory
    Stream<DynamicTest> casesThroughPermanentResidenceFamilyAndChecklists() {
        return seeded(SEED + 200_000, CASES, generator -> {
            Random random = generator.random();
            String body = StrictJson.toText(random.nextInt(4) != 0 ? generator.validCase() : generator.invalidCase());
            String date = random.nextBoolean() ? dateOption(random) : null;
            for (String command : List.of("pr", "family", "checklist")) {
                Options options = new Options(random, command);
                if (date != null) {
                    options.add("date", "--date", date);
                }
                String path = switch (command) {
                    case "pr" -> "/api/v1/permanent-residence";
                    case "family" -> "/api/v1/family";
                    default -> "/api/v1/checklists";
                };
                if (command.equals("checklist")) {
                    String procedure = new String[] {"coe", "change", "extension", "pr"}[random.nextInt(4)];
                    options.add("procedure", "--procedure", procedure);
                    if (!procedure.equals("coe") && !procedure.equals("pr") && random.nextBoolean()) {
                        options.add("expiry", "--expiry", GeneratedProfiles.TODAY.plusDays(random.nextInt(200)).toString());
                    }
                }
                compare(path, options, body);
            }
        });
    }

    /** One comparison of the documents of a generator. */
    @FunctionalInterface
    private interface Comparison {
        void run(GeneratedProfiles generator) throws Exception;
    }

    /** {@code count} comparisons, each with a generator of its own seed from {@code first} on. */
    private static Stream<DynamicTest> seeded(long first, int count, Comparison comparison) {
        return IntStream.range(0, count).mapToObj(i -> first + i).map(seed -> DynamicTest.dynamicTest("seed " + seed,
                () -> comparison.run(new GeneratedProfiles(seed))));
    }

    /** A third of the time a category, and a third of the time a date, for {@code score} and {@code advise}. */
    private static void categoryAndDate(Random random, Options options) {
        if (random.nextInt(3) == 0) {
            options.add("category", "--category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
        }
        if (random.nextInt(3) == 0) {
            options.add("date", "--date", dateOption(random));
        }
    }

    /**
     * A date the rules cover, for the {@code date} parameter and {@code --date}; one in ten is refused
     * (before the rules, after a year from today, not a date).
     */
    private static String dateOption(Random random) {
        if (random.nextInt(10) == 0) {
            return new String[] {"2013-12-23", "2027-11-28", "2020-02-30", "2020-1-1", "tomorrow", "20200101"}[random.nextInt(6)];
        }
        return GeneratedProfiles.FIRST_RULES.plusDays(random.nextInt((int) (GeneratedProfiles.TODAY.plusYears(1).toEpochDay()
                - GeneratedProfiles.FIRST_RULES.toEpochDay()) + 1)).toString();
    }

    /** The query of the request and the arguments of the command, built together; the language drawn at once. */
    private static final class Options {

        private final StringBuilder query = new StringBuilder();
        private final List<String> args = new ArrayList<>();
        private final String acceptLanguage;

        Options(Random random, String command) {
            String[] language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            acceptLanguage = language[0];
            args.addAll(List.of(command, "--json", "--lang", language[1]));
        }

        void add(String parameter, String option, String value) {
            query.append(query.length() == 0 ? "?" : "&").append(parameter).append('=').append(value);
            args.addAll(List.of(option, value));
        }

        String[] arguments() {
            List<String> all = new ArrayList<>(args);
            all.add("-");
            return all.toArray(String[]::new);
        }

        @Override
        public String toString() {
            return query + " " + args + " Accept-Language: " + acceptLanguage;
        }
    }

    private DescribedSchemas described;

    /** The served OpenAPI description's schemas, read once for the class. */
    private DescribedSchemas described() throws InvalidInputException {
        if (described == null) {
            described = new DescribedSchemas(StrictJson.parse(new Http(port).get("/v3/api-docs").body()));
        }
        return described;
    }

    private void compare(String path, Options options, String body) throws InvalidInputException {
        CommandLine.Run run = CommandLine.run(body, options.arguments());
        HttpRequest.Builder request = HttpRequest.newBuilder(new Http(port).uri(path + options.query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (options.acceptLanguage != null) {
            request.header("Accept-Language", options.acceptLanguage);
        }
        Http.Answer answer = new Http(port).send(request);
        String context = options + "\n" + body + "\nstderr: " + run.err() + "\nanswer: " + answer.body();
        assertThat(run.exitCode()).as(context).isIn(0, 2);
        if (run.exitCode() == 0) {
            assertThat(answer.status()).as(context).isEqualTo(200);
            assertThat(described().problems(described().requestSchema("POST", path, "application/json"),
                    StrictJson.parse(body))).as("a body the API accepted, against the description's schema: " + context)
                    .isEmpty();
            assertThat(StrictJson.parse(answer.body())).as(context).isEqualTo(StrictJson.parse(run.out()));
        } else {
            assertThat(answer.status()).as(context).isEqualTo(400);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            Language language = Language.ofAcceptLanguage(options.acceptLanguage);
            MessageTexts validation = MessageTexts.of("validation", language);
            List<String> printed = printedProblems(run.err());
            // A refused option ends the command before it reads the input; the API names every problem at once.
            boolean optionRefused = printed.size() == 1 && printed.get(0).startsWith("  --");
            List<String> lines = new ArrayList<>();
            for (JsonNode error : StrictJson.parse(answer.body()).get("errors")) {
                if (optionRefused && !error.get("in").stringValue().equals("query")) {
                    continue;
                }
                String where = error.get("path").stringValue();
                // The command names a query parameter as its option, and a date from the query as --date.
                if (error.get("in").stringValue().equals("query")) {
                    where = "--" + where;
                }
                String message = error.get("message").stringValue().replace(
                        validation.format("origin.dateParameter"), validation.format("origin.dateOption"));
                lines.add("  " + (where.isEmpty() ? "" : where + ": ") + message);
            }
            if (optionRefused) {
                // The command stops at the first option it refuses; the API names each refused parameter.
                assertThat(lines).as(context).containsAll(printed);
            } else {
                assertThat(lines).as(context).isEqualTo(printed);
            }
        }
    }

    /**
     * The problems the command printed, as lines {@code "  path: message"}: one problem stands on the
     * line that names the command ({@code hsp pr: path: message}), several each on a line of its own.
     */
    private static List<String> printedProblems(String err) {
        List<String> indented = err.lines().filter(line -> line.startsWith("  ")).toList();
        if (!indented.isEmpty()) {
            return indented;
        }
        // The Chinese texts of some options follow the option's name with a full-width colon.
        String first = err.lines().findFirst().orElse("");
        return List.of("  " + first.replaceFirst("^hsp [a-z]+: ", "").replaceFirst("^(--[a-z]+)：", "$1: "));
    }
}
