package org.hspnavigator.engine.rule;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Degree fields are compared in one normal form (docs/rules.md §2: the same field in another case,
 * width or spacing is one field), checked against the plain computation with the regular expression
 * on seeded random inputs (the seed is in the test name) biased towards the edge cases.
 */
class DegreeFieldsTest {

    private static final int CASES = 20_000;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** ASCII with spacing, and the characters NFKC does change, some of them below U+0100. */
    private static final String ALPHABET = "aZ z\t\n\r\f\u000b\u001c-.&" + "\u00aa\u00b2\u00bd\u00b5\u00e9\u00a0"
            + "\uff21\uff50\u3000\u2003\ufb01\u2162\u30ab\u309a\u00c5";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32})
    void fieldsAreComparedAsWithUnicodeNormalizationAlways(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            StringBuilder field = new StringBuilder();
            int length = random.nextInt(12);
            // Half of the fields are plain ASCII, the most common case.
            int alphabet = random.nextBoolean() ? ALPHABET.indexOf('\u00aa') : ALPHABET.length();
            for (int c = 0; c < length; c++) {
                field.append(ALPHABET.charAt(random.nextInt(alphabet)));
            }
            String text = field.toString();
            String reference = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip())
                    .replaceAll(" ").toLowerCase(Locale.ROOT);
            assertThat(MultipleFieldDegrees.normalize(text)).as("\"%s\"", text).isEqualTo(reference);
        }
    }

    /**
     * Two fields are one field exactly when their normal forms are equal, ASCII or not: pairs drawn from
     * the alphabet above, many of them the same field written another way (case, spacing, width).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {33, 34})
    void fieldsAreTheSameExactlyWhenTheirNormalFormsAre(long seed) {
        Random random = new Random(seed);
        int same = 0;
        for (int i = 0; i < CASES; i++) {
            String a = randomField(random);
            String b = random.nextBoolean() ? randomField(random) : rewritten(a, random);
            boolean expected = MultipleFieldDegrees.normalize(a).equals(MultipleFieldDegrees.normalize(b));
            same += expected ? 1 : 0;
            assertThat(HotLoopDegreeFields.sameField(a, b)).as("\"%s\" and \"%s\"", a, b).isEqualTo(expected);
        }
        // Both answers must be common for the comparison to be tried on both sides.
        assertThat(same).isBetween(CASES / 10, CASES * 9 / 10);
    }

    /** Up to 8 characters, half of the fields plain ASCII. */
    private static String randomField(Random random) {
        int alphabet = random.nextBoolean() ? ALPHABET.indexOf('\u00aa') : ALPHABET.length();
        StringBuilder field = new StringBuilder();
        int length = random.nextInt(8);
        for (int c = 0; c < length; c++) {
            field.append(ALPHABET.charAt(random.nextInt(alphabet)));
        }
        return field.toString();
    }

    /** The field with its letters' case flipped at random and spacing added around and within its spaces. */
    private static String rewritten(String field, Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? " " : "");
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ' ' && random.nextBoolean()) {
                text.append(random.nextBoolean() ? " \t" : "\n");
            } else if (random.nextBoolean()) {
                text.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            } else {
                text.append(c);
            }
        }
        return text.append(random.nextBoolean() ? "\u3000" : "").toString();
    }

    /** The distinct fields are the first field of each normal form, in order, without surrounding spaces. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {37, 38})
    void theDistinctFieldsAreOnePerNormalForm(long seed) {
        Random random = new Random(seed);
        String[] fields = {"Physics", " physics ", "PHYSICS", "Computer  Science", "computer science", "\uff30hysics",
            "Economics", "経済学", "経済 学"};
        DegreeLevel[] levels = DegreeLevel.values();
        for (int i = 0; i < CASES; i++) {
            List<Degree> degrees = new ArrayList<>();
            int count = random.nextInt(5);
            for (int d = 0; d < count; d++) {
                Optional<String> field = random.nextInt(5) == 0 ? Optional.empty()
                        : Optional.of(fields[random.nextInt(fields.length)]);
                degrees.add(new Degree(levels[random.nextInt(levels.length)], field, false, false, false));
            }
            Map<String, String> firstOfEachForm = new LinkedHashMap<>();
            for (Degree degree : degrees) {
                if (degree.level().isGraduate() && degree.field().isPresent()) {
                    firstOfEachForm.putIfAbsent(MultipleFieldDegrees.normalize(degree.field().get()),
                            degree.field().get().strip());
                }
            }
            assertThat(MultipleFieldDegrees.distinctGraduateFields(degrees)).as("%s", degrees)
                    .containsExactlyElementsOf(firstOfEachForm.values());
        }
    }
}
