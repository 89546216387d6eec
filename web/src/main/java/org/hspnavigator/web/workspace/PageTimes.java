package org.hspnavigator.web.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hspnavigator.formats.text.Language;

/**
 * The moments a workspace page shows (an audit entry's time, the day a token or a calendar address was
 * made) written as its language writes a date, in UTC as the audit log keeps them: a consultant reads
 * 2026年11月27日 03:00:00 rather than an ISO 8601 instant.
 *
 * @param language the page's language, whose date format the engine's texts use too
 */
public record PageTimes(Language language) {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The day of {@code moment} in UTC. */
    public String date(Instant moment) {
        return language.date(LocalDate.ofInstant(moment, ZoneOffset.UTC));
    }

    /** The day of {@code moment} and its time to the second, in UTC, as an audit log needs. */
    public String dateTime(Instant moment) {
        return date(moment) + " " + CLOCK_TIME.format(moment);
    }
}
