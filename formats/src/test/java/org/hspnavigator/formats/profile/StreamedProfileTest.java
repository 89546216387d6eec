package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.json.TokenCheck;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A document of bytes is read into the same profiles, or refused with the same problems, whether the plain
 * profile is read from the tokens ({@link StreamedProfile}) or the document through the tree: every input of
 * cases/points and cases/invalid and every example, as written and laid out on one line, and seeded
 * mutations of them that leave the plain shape (a name repeated or unknown, a group or a field of another
 * shape, too many degrees, content after the document, a document cut short, an array of profiles, a check
 * that refuses a token) or keep it with wrong values (a field null, a string where a number goes). The plain
 * inputs must be read from the tokens, or the agreement would prove little.
 */
class StreamedProfileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final ProfileReader READER =
            new ProfileReader(new ReferenceDates(CLOCK, RuleBook.official().earliestDate()));
    private static final TokenCheck NONE = token -> { };

    @Test
    void everyCaseAndExampleIsReadAsTheTreeReadsIt() throws IOException {
        List<byte[]> inputs = inputs();
        int streamed = 0;
        for (byte[] input : inputs) {
            assertSameReading(input, NONE);
            streamed += StreamedProfile.of(input, NONE).isPresent() ? 1 : 0;
        }
        assertThat(streamed).as("inputs read from the tokens, of %d", inputs.size())
                .isGreaterThan(inputs.size() / 2);
        byte[] benchmarked = Files.readAllBytes(CaseFiles.repositoryRoot().resolve("examples/mr-zhang.json"));
        assertThat(StreamedProfile.of(benchmarked, NONE)).isPresent();
    }

    @Test
    void mutatedInputsAreReadAsTheTreeReadsThemSeed20261206() throws IOException {
        Random random = new Random(20261206);
        int refused = 0;
        int read = 0;
        for (byte[] input : inputs()) {
            String text = new String(input, StandardCharsets.UTF_8);
            if (!text.strip().startsWith("{")) {
                continue;
            }
            for (int i = 0; i < 12; i++) {
                byte[] mutated = mutate(text, random).getBytes(StandardCharsets.UTF_8);
                boolean valid = assertSameReading(mutated, NONE);
                refused += valid ? 0 : 1;
                read += valid ? 1 : 0;
                int limit = random.nextInt(40);
                assertSameReading(mutated, new TokenLimit(limit));
            }
        }
        assertThat(refused).as("mutations refused").isGreaterThan(100);
        assertThat(read).as("mutations read").isGreaterThan(100);
    }

    /** Whether the document was read; fails unless both readings give the same profiles or the same problems. */
    private static boolean assertSameReading(byte[] input, TokenCheck check) {
        Object streamed = reading(() -> ProfileDocuments.read(input, () -> fresh(check), READER));
        Object tree = reading(() -> ProfileDocuments.read(
                StrictJson.parse(new ByteArrayInputStream(input), fresh(check)), READER));
        assertThat(streamed).as(new String(input, StandardCharsets.UTF_8)).isEqualTo(tree);
        return streamed instanceof ProfileDocuments.ProfileDocument;
    }

    private static TokenCheck fresh(TokenCheck check) {
        return check instanceof TokenLimit limit ? new TokenLimit(limit.allowed) : check;
    }

    /** The document read, or what refused it: the problems with the exception's class, or the refusal's message. */
    private static Object reading(Reading reading) {
        try {
            return reading.read();
        } catch (InvalidInputException e) {
            return List.of(e.getClass(), e.violations());
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private interface Reading {
        ProfileDocuments.ProfileDocument read() throws InvalidInputException;
    }

    /** A check that refuses the document after {@code allowed} tokens, as a server's limit does. */
    private static final class TokenLimit implements TokenCheck {
        private final int allowed;
        private int seen;

        TokenLimit(int allowed) {
            this.allowed = allowed;
        }

        @Override
        public void check(tools.jackson.core.JsonToken token) {
            if (++seen > allowed) {
                throw new IllegalStateException("more than " + allowed + " tokens");
            }
        }
    }

    private static String mutate(String text, Random random) {
        String[] names = {"referenceDate", "birthDate", "annualSalaryYen", "degrees", "careerYears", "research",
            "japaneseLanguage", "employer", "training", "id", "position", "level", "jlpt", "unknownName"};
        String[] values = {"null", "\"x\"", "1", "-1", "2.50", "1e3", "true", "[]", "{}", "[1]", "{\"a\": 1}",
            "\"2026-11-27\"", "\"MASTER\"", "[{}]", "[null]", "[{\"level\": \"MASTER\"}]"};
        String name = names[random.nextInt(names.length)];
        String value = values[random.nextInt(values.length)];
        int open = text.indexOf('{');
        return switch (random.nextInt(9)) {
            // A name given first, which repeats it when the profile has it too, or adds it.
            case 0 -> text.substring(0, open + 1) + "\"" + name + "\": " + value + ", " + text.substring(open + 1);
            // A value replaced where the name stands, at any level.
            case 1 -> replaceValue(text, name, value);
            case 2 -> text + (random.nextBoolean() ? " {}" : " x");
            case 3 -> text.substring(0, random.nextInt(text.length()));
            case 4 -> "[" + text + (random.nextBoolean() ? ", " + text : "") + "]";
            case 5 -> replaceValue(text, "degrees", degrees(random.nextInt(ProfileLimits.MAX_DEGREES + 3)));
            case 6 -> text.substring(0, open + 1) + "\"" + name + "\": null, " + text.substring(open + 1);
            case 7 -> replaceValue(text, name, "null");
            default -> text;
        };
    }

    private static String degrees(int count) {
        List<String> degrees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            degrees.add("{\"level\": \"BACHELOR\", \"inJapan\": " + (i % 2 == 0) + "}");
        }
        return "[" + String.join(", ", degrees) + "]";
    }

    /** The text with the value after the first {@code "name":} replaced, when it is a string, number or literal. */
    private static String replaceValue(String text, String name, String value) {
        int at = text.indexOf("\"" + name + "\"");
        if (at < 0) {
            return text;
        }
        int start = text.indexOf(':', at) + 1;
        int end = start;
        while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (text.substring(start, end).strip().startsWith("[") || text.substring(start, end).strip().startsWith("{")) {
            return text;
        }
        return text.substring(0, start) + " " + value + text.substring(end);
    }

    /** Every input of cases/points and cases/invalid and every example, as written and on one line. */
    private static List<byte[]> inputs() throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        for (CaseFiles.ScoringCase scoring : CaseFiles.scoringCases()) {
            inputs.add(StrictJson.toText(scoring.input()).getBytes(StandardCharsets.UTF_8));
            inputs.add(scoring.input().toString().getBytes(StandardCharsets.UTF_8));
        }
        for (CaseFiles.InvalidCase invalid : CaseFiles.invalidCases()) {
            inputs.add(invalid.input());
        }
        for (Path example : examples()) {
            inputs.add(Files.readAllBytes(example));
        }
        return inputs;
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(CaseFiles.repositoryRoot().resolve("examples"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
