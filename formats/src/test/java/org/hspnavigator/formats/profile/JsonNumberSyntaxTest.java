package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A CSV cell is a number exactly when its text is a number in JSON's grammar (RFC 8259, section 6): on
 * seeded random texts made of the characters numbers are written with, and of some that they are not.
 */
class JsonNumberSyntaxTest {

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final String ALPHABET = "0123456789012345-+.eE ,x７";

    @Test
    void acceptsExactlyJsonsNumbersSeed42() {
        SplittableRandom random = new SplittableRandom(42);
        int numbers = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            boolean expected = JSON_NUMBER.matcher(text).matches();
            assertThat(JsonNumberSyntax.matches(new HotLoopText(text.toString()))).as(text.toString()).isEqualTo(expected);
            numbers += expected ? 1 : 0;
        }
        assertThat(numbers).as("numbers and other texts were both drawn").isBetween(10_000, 190_000);
    }
}
