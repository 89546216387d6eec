package org.hspnavigator.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.hspnavigator.formats.profile.ReferenceDates;

/**
 * The {@code --date YYYY-MM-DD} option shared by the commands: the date that replaces the profiles'
 * reference date, refused with the same words as a profile's own {@code referenceDate}.
 */
public final class DateOption {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The option read: a date, or why it cannot be one.
     *
     * @param date    the date, null when refused
     * @param problem why it was refused, null when accepted
     */
    public record Parsed(LocalDate date, String problem) {
    }

    private DateOption() {
    }

    public static Parsed parse(String text, ReferenceDates referenceDates) {
        if (!ISO_DATE.matcher(text).matches()) {
            return new Parsed(null, "\"" + text + "\" is not a date in the form YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return new Parsed(null, "\"" + text + "\" is not a real date");
        }
        return referenceDates.problem(date).map(problem -> new Parsed(null, problem))
                .orElseGet(() -> new Parsed(date, null));
    }
}
