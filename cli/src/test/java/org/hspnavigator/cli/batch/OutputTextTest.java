package org.hspnavigator.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.hspnavigator.formats.profile.CsvCells;
import org.junit.jupiter.api.Test;

/**
 * The output text writes numbers and dates as Long.toString and LocalDate.toString do, and any text as
 * UTF-8.
 */
class OutputTextTest {

    @Test
    void numbersAreWrittenAsLongToStringWritesThem() {
        SplittableRandom random = new SplittableRandom(2026);
        long[] edges = {0, 1, 9, 10, 99, 100, -1, -9, -10, 999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        StringBuilder expected = new StringBuilder();
        OutputText text = new OutputText(1);
        for (long value : edges) {
            text.append(value).append(' ');
            expected.append(value).append(' ');
        }
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            text.append(value).append(' ');
            expected.append(value).append(' ');
        }
        assertThat(text).hasToString(expected.toString());
    }

    @Test
    void datesAreWrittenAsLocalDateToStringWritesThem() {
        List<LocalDate> dates = List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2013, 12, 24), LocalDate.of(2000, 2, 29),
                LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(999, 12, 31), LocalDate.of(10000, 1, 1),
                LocalDate.of(-5, 6, 7));
        OutputText text = new OutputText(4);
        StringBuilder expected = new StringBuilder();
        for (LocalDate date : dates) {
            text.append(date).append(',');
            expected.append(date).append(',');
        }
        assertThat(text).hasToString(expected.toString());
    }

    @Test
    void cellsArraysAndTextsAreAppendedAsTheyAreAndWrittenOut() throws IOException {
        OutputText text = new OutputText(2);
        text.append(CsvCells.of(List.of("C-1", "漢字")), 1).append(OutputText.ascii("ab")).append(new StringBuffer("x\"y"))
                .append('\n');
        StringWriter out = new StringWriter();
        text.writeTo(out);
        assertThat(out).hasToString("漢字abx\"y\n");
        assertThat(text.length()).as("bytes").isEqualTo(6 + 6);
    }

    /**
     * Ids and messages beyond ASCII (Japanese, accented Latin, a character outside the Basic
     * Multilingual Plane written as a surrogate pair) come out as the JDK's UTF-8 encoder writes them,
     * whether they start with ASCII or not, through the byte stream of a file as through standard output.
     */
    @Test
    void textBeyondAsciiIsEncodedAsUtf8() throws IOException {
        List<String> texts = List.of("A-001", "山田-7", "id-山田", "Zoë", "𠮷野家-1", "x𠮷", "€", "", "a\u00a0b");
        OutputText text = new OutputText(1);
        StringBuilder expected = new StringBuilder();
        for (String value : texts) {
            text.append(CsvCells.of(List.of(value)), 0).append(',').append(value).append(';');
            expected.append(value).append(',').append(value).append(';');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        text.writeTo(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(text.length()).isEqualTo(bytes.size());
        StringWriter chars = new StringWriter();
        text.writeTo(chars);
        assertThat(chars).hasToString(expected.toString());
    }

    @Test
    void onlyAsciiIsKeptEncodedAsIs() {
        assertThat(OutputText.ascii("SPECIALIZED_TECHNICAL")).isEqualTo("SPECIALIZED_TECHNICAL".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> OutputText.ascii("漢")).isInstanceOf(IllegalArgumentException.class);
    }
}
