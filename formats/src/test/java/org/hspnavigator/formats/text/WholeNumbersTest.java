package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The whole numbers of the messages' number formats, written digit by digit in every language, are the
 * text the format writes; a format whose whole numbers come out otherwise is left to write them itself.
 */
class WholeNumbersTest {

    @Test
    void everyLanguagesFormatsWriteWholeNumbersByDigitsAsTheFormatDoesSeed20260403() {
        Random random = new Random(20_260_403L);
        for (Language language : Language.values()) {
            Locale locale = language.formatLocale();
            for (NumberFormat format : new NumberFormat[] {NumberFormat.getInstance(locale),
                    new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale))}) {
                WholeNumbers numbers = WholeNumbers.of(format);
                assertThat(numbers.writesByDigits()).as(language + " " + format).isTrue();
                for (int i = 0; i < 2_000; i++) {
                    long value = random.nextLong() >> random.nextInt(64);
                    Number boxed = random.nextBoolean() && value == (int) value ? (Number) (int) value : (Number) value;
                    StringBuilder text = new StringBuilder();
                    numbers.append(text, boxed);
                    assertThat(text.toString()).as(language + " " + value).isEqualTo(format.format(boxed));
                }
            }
        }
    }

    @Test
    void aFormatWhoseWholeNumbersComeOutOtherwiseWritesThemItself() {
        DecimalFormat hundredths = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        WholeNumbers numbers = WholeNumbers.of(hundredths);
        assertThat(numbers.writesByDigits()).isFalse();
        StringBuilder text = new StringBuilder();
        numbers.append(text, 1_234_567L);
        assertThat(text.toString()).isEqualTo("1,234,567.00");
    }
}
