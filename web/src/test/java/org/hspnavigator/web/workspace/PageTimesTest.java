package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.Test;

/** The workspace's moments are written in Japan time, the zone of its deadlines, whatever the server's zone. */
class PageTimesTest {

    /** 18:30 UTC on 26 November is 03:30 on 27 November in Japan: the day changes too. */
    private static final Instant LATE_EVENING_IN_UTC = Instant.parse("2026-11-26T18:30:00Z");

    @Test
    void anAuditTimeIsTheTimeInJapan() {
        assertThat(new PageTimes(Language.JA).dateTime(LATE_EVENING_IN_UTC)).isEqualTo("2026年11月27日 03:30:00");
        assertThat(new PageTimes(Language.EN).dateTime(LATE_EVENING_IN_UTC)).isEqualTo("2026-11-27 03:30:00");
    }

    @Test
    void aDayIsTheDayInJapan() {
        assertThat(new PageTimes(Language.KO).date(LATE_EVENING_IN_UTC)).isEqualTo("2026년 11월 27일");
    }

    @Test
    void theMachineReadableTimeCarriesJapansOffset() {
        assertThat(new PageTimes(Language.ZH).machineTime(LATE_EVENING_IN_UTC)).isEqualTo("2026-11-27T03:30:00+09:00");
    }
}
