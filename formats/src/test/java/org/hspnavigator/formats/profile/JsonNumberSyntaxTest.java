package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers of CSV cells: the quick reading of plain numbers gives what {@code new BigDecimal} gives. */
class JsonNumberSyntaxTest {

    @Test
    void plainNumbersReadAsBigDecimalReadsThemSeed42() {
        SplittableRandom random = new SplittableRandom(42);
        int checked = 0;
        for (int n = 0; n < 100_000; n++) {
            String text = number(random);
            if (!JsonNumberSyntax.matches(text)) {
                continue;
            }
            // equals, not compareTo: the scale must be the same too (7.50 is not 7.5).
            assertThat(JsonNumberSyntax.decimal(text)).as(text).isEqualTo(new BigDecimal(text));
            checked++;
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    @Test
    void edgeCasesOfSignScaleAndLength() {
        for (String text : new String[] {"0", "-0", "-0.0", "0.50", "-7.25", "999999999999999999", "9999999999999999999",
            "-999999999999999999", "123456789012345678.9", "1e3", "1E-2", "-1.5e+10", "9223372036854775807"}) {
            assertThat(JsonNumberSyntax.decimal(text)).as(text).isEqualTo(new BigDecimal(text));
        }
    }

    private static String number(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(4) == 0) {
            text.append('-');
        }
        text.append(digits(random, 1 + random.nextInt(random.nextInt(5) == 0 ? 25 : 9)));
        if (random.nextInt(3) == 0) {
            text.append('.').append(digits(random, 1 + random.nextInt(random.nextInt(5) == 0 ? 20 : 4)));
        }
        if (random.nextInt(10) == 0) {
            text.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : "")
                    .append(random.nextInt(40));
        }
        return text.toString();
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
