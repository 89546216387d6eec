package org.hspnavigator.engine.procedure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.table.TableFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeeScheduleTest {

    private final FeeSchedule schedule = FeeSchedule.official();

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "CHANGE, 2025-03-31, ANY=4000",
        "CHANGE, 2025-04-01, COUNTER=6000 ONLINE=5500",
        "EXTENSION, 2025-03-31, ANY=4000",
        "EXTENSION, 2025-04-01, COUNTER=6000 ONLINE=5500",
        "PR, 2025-03-31, ANY=8000",
        "PR, 2025-04-01, COUNTER=10000",
        "COE, 2013-12-24, ANY=0",
        "COE, 2026-11-27, ANY=0"})
    void theFeeInForceOnTheDate(Procedure procedure, LocalDate date, String expected) {
        String fees = String.join(" ", schedule.on(procedure, date).stream()
                .map(fee -> fee.channel() + "=" + fee.yen()).toList());
        assertThat(fees).isEqualTo(expected);
        assertThat(schedule.on(procedure, date)).allSatisfy(fee ->
                assertThat(fee.sources()).extracting(s -> s.id()).containsExactly("isa-fees-2025"));
    }

    @Test
    void aDateBeforeTheScheduleIsAnError() {
        assertThatThrownBy(() -> schedule.on(Procedure.CHANGE, LocalDate.of(2013, 12, 23)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2013-12-23");
    }

    private static final String SOURCES = "id\ttitle\turl\ns\tA source\thttps://example.org/a\n";
    private static final String HEADER = "procedure\tchannel\tfee_yen\teffective_from\teffective_to\tsource\n";

    @Test
    void refusesOverlappingRowsOfOneProcedureAndChannel() {
        assertThatThrownBy(() -> read(HEADER + "PR\tANY\t8000\t2013-12-24\t2025-04-01\ts\nPR\tCOUNTER\t10000\t2025-04-01\t\ts\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("fees.tsv:3").hasMessageContaining("overlapping");
        FeeSchedule channels = read(HEADER + "PR\tCOUNTER\t1\t2013-12-24\t\ts\nPR\tONLINE\t2\t2013-12-24\t\ts\n");
        assertThat(channels.on(Procedure.PR, LocalDate.of(2020, 1, 1))).hasSize(2);
    }

    @Test
    void refusesUnknownSourcesProceduresAndBackwardRows() {
        assertThatThrownBy(() -> read(HEADER + "PR\tANY\t8000\t2013-12-24\t\tnone\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("unknown source \"none\"");
        assertThatThrownBy(() -> read(HEADER + "VISA\tANY\t8000\t2013-12-24\t\ts\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("VISA");
        assertThatThrownBy(() -> read(HEADER + "PR\tANY\t8000\t2020-01-02\t2020-01-01\ts\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("before effective_from");
        assertThatThrownBy(() -> read(HEADER + "PR\tANY\t-1\t2020-01-02\t\ts\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("negative");
    }

    private static FeeSchedule read(String fees) {
        Map<String, String> files = Map.of(FeeSchedule.FEES, fees, "sources.tsv", SOURCES);
        return FeeSchedule.read(name -> Optional.ofNullable(files.get(name))
                .map(text -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }
}
