package org.hspnavigator.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dated values are read as strictly as the point tables (unknown columns and names, bad dates, rows
 * ending before they start, overlaps, names without a row, unknown sources are refused, naming the file
 * and line), and a value is found only on the days its row is in force, on both sides of each end.
 */
class DatedValuesTest {

    private enum Limit implements DatedValues.Name {
        NOTICE_DAYS,
        INCOME_YEN
    }

    private static final String SOURCES = "id\ttitle\turl\nact\tAn act\thttps://example.org/act\n";
    private static final String HEADER = "name\tvalue\teffective_from\teffective_to\tsource\n";

    @Test
    void aValueIsInForceFromItsFirstDayThroughItsLast() {
        DatedValues<Limit> values = load(HEADER
                + "# a comment line\n"
                + "noticeDays\t14\t2013-12-24\t2025-03-31\tact\n"
                + "noticeDays\t10\t2025-04-01\t\tact\n"
                + "incomeYen\t8000000\t2023-04-21\t\tact\n");
        assertThat(values.on(Limit.NOTICE_DAYS, LocalDate.of(2013, 12, 24))).isEqualTo(14);
        assertThat(values.on(Limit.NOTICE_DAYS, LocalDate.of(2025, 3, 31))).isEqualTo(14);
        assertThat(values.on(Limit.NOTICE_DAYS, LocalDate.of(2025, 4, 1))).isEqualTo(10);
        assertThatThrownBy(() -> values.on(Limit.INCOME_YEN, LocalDate.of(2023, 4, 20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-04-20");
        assertThat(values.on(Limit.INCOME_YEN, LocalDate.of(2023, 4, 21))).isEqualTo(8_000_000);
    }

    @Test
    void aNameIsItsConstantInLowerCamelCase() {
        assertThat(Limit.NOTICE_DAYS.id()).isEqualTo("noticeDays");
        assertThat(Limit.INCOME_YEN.id()).isEqualTo("incomeYen");
    }

    @Test
    void aDateWithoutAValueInForceIsRefusedNamingTheValueAndTheDate() {
        DatedValues<Limit> values = load(HEADER + "noticeDays\t14\t2013-12-24\t\tact\nincomeYen\t1\t2013-12-24\t\tact\n");
        assertThatThrownBy(() -> values.on(Limit.NOTICE_DAYS, LocalDate.of(2013, 12, 23)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values.tsv has no noticeDays in force on 2013-12-23");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            name\\tvalue\\teffective_from\\teffective_to\\tsource\\tnote                       | unknown column "note"
            name\\tvalue\\teffective_from\\tsource                                               | missing column "effective_to"
            noticeDays\\t14\\t2013-02-30\\t\\tact                                               | column effective_from is not a real date: "2013-02-30"
            noticeDays\\t14\\t24.12.2013\\t\\tact                                               | column effective_from is not a date in the form YYYY-MM-DD
            noticeDays\\t14\\t2017-04-26\\t2013-12-23\\tact                                      | values.tsv:2: column effective_to 2013-12-23 is before effective_from 2017-04-26
            noticeDays\\t14\\t2013-12-24\\t\\tact\\nnoticeDays\\t10\\t2020-01-01\\t\\tact        | overlapping values.tsv:2 (2013-12-24 to today) for the same noticeDays
            graceDays\\t14\\t2013-12-24\\t\\tact                                                | values.tsv:2: column name unknown value "graceDays"
            noticeDays\\t-14\\t2013-12-24\\t\\tact                                              | column value must not be negative: -14
            noticeDays\\t14\\t2013-12-24\\t\\tblog                                              | cites unknown source "blog"
            """)
    void refusesADefectiveFile(String rows, String expectedProblem) {
        String text = rows.replace("\\t", "\t").replace("\\n", "\n");
        String file = text.startsWith("name") ? text + "\n" : HEADER + text + "\nincomeYen\t1\t2013-12-24\t\tact\n";
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(TableFormatException.class)
                .hasMessageContaining(expectedProblem);
    }

    @Test
    void refusesANameWithoutARow() {
        assertThatThrownBy(() -> load(HEADER + "noticeDays\t14\t2013-12-24\t\tact\n"))
                .isInstanceOf(TableFormatException.class)
                .hasMessage("values.tsv: no row for incomeYen");
    }

    private static DatedValues<Limit> load(String values) {
        Map<String, String> files = Map.of("sources.tsv", SOURCES, "values.tsv", values);
        TableSource source = name -> Optional.ofNullable(files.get(name))
                .map(text -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return DatedValues.load(source, "values.tsv", Limit.class);
    }
}
