package org.hspnavigator.web.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Language;

/**
 * The moments a workspace page shows (an audit entry's time, the day a token or a calendar address was
 * made) written as its language writes a date, in Japan time (Asia/Tokyo): the zone of "today" for the
 * rules and of the deadline calendar, whose days are Japanese days because the immigration offices' are.
 * A consultant reads 2026年11月27日 12:00:00 on the same clock as the deadlines, and the page names the
 * zone; the audit log itself keeps UTC instants.
 *
 * @param language the page's language, whose date format the engine's texts use too
 */
public record PageTimes(Language language) {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ReferenceDates.JAPAN);

    /** The day of {@code moment} in Japan. */
    public String date(Instant moment) {
        return language.date(LocalDate.ofInstant(moment, ReferenceDates.JAPAN));
    }

    /** The day of {@code moment} and its time to the second, in Japan, as an audit log needs. */
    public String dateTime(Instant moment) {
        return date(moment) + " " + CLOCK_TIME.format(moment);
    }

    /** {@code moment} as an ISO 8601 time with Japan's offset, for a {@code time} element's datetime. */
    public String machineTime(Instant moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(ReferenceDates.JAPAN));
    }
}
