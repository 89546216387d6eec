package org.hspnavigator.formats.profile;

import java.time.LocalDate;
import org.hspnavigator.formats.validation.Problem;

/**
 * A date given beside a document (the command line's {@code --date}, the API's {@code date} query
 * parameter) to replace the profiles' reference date or to date an application: read as
 * {@code YYYY-MM-DD} and refused with the same words as a profile's own {@code referenceDate}, so
 * that the command line and the API say the same thing.
 */
public final class DateParameter {

    /**
     * The parameter read: a date, or why it cannot be one.
     *
     * @param date    the date, null when refused
     * @param problem why it was refused, null when accepted
     */
    public record Parsed(LocalDate date, Problem problem) {
    }

    private DateParameter() {
    }

    /** The date in {@code text}, refused when it is not a real date in the range {@code referenceDates} accepts. */
    public static Parsed parse(String text, ReferenceDates referenceDates) {
        Parsed calendarDate = parseCalendarDate(text);
        if (calendarDate.date() == null) {
            return calendarDate;
        }
        return referenceDates.problem(calendarDate.date()).map(problem -> new Parsed(null, problem))
                .orElse(calendarDate);
    }

    /** The date in {@code text}, whatever the range: an expiry date may lie years ahead. */
    public static Parsed parseCalendarDate(String text) {
        if (!IsoDate.hasIsoForm(text)) {
            return new Parsed(null, Problem.of("date.notIsoForm", text));
        }
        LocalDate date = IsoDate.parse(text);
        return date == null ? new Parsed(null, Problem.of("date.notReal", text)) : new Parsed(date, null);
    }
}
