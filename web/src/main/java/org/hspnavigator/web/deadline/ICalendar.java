package org.hspnavigator.web.deadline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.hspnavigator.formats.text.Language;

/**
 * Writes deadlines as an iCalendar document (RFC 5545): one all-day event per deadline, whose UID stays
 * the same from one download to the next so that calendars update rather than duplicate, with the text
 * escaped and lines folded at 75 octets, CRLF line ends.
 */
final class ICalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private ICalendar() {
    }

    /**
     * The calendar {@code name}d so in the reader's calendar program, of {@code deadlines}, each event's summary
     * the applicant's name and the deadline's {@code title} joined as the {@code language} punctuates a label
     * (the full-width "：" in Japanese and Chinese, as the pages write it), its description the deadline's text
     * when it has one.
     */
    static String write(String name, List<DeadlineItem> deadlines, Instant now, Language language,
            Function<DeadlineItem, String> title) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//HSP Navigator//Deadlines//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (DeadlineItem deadline : deadlines) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(deadline.key()) + "@hsp-navigator");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(deadline.date()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(deadline.date().plusDays(1)));
            line(out, "SUMMARY:" + text(language.labelled(deadline.applicantName(), title.apply(deadline))));
            if (!deadline.text().isBlank()) {
                line(out, "DESCRIPTION:" + text(deadline.text()));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line, folded so that no line has more than 75 octets, never inside a character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
