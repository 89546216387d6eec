package org.hspnavigator.cli;

import java.time.LocalDate;
import org.hspnavigator.formats.profile.DateParameter;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.Problem;

/**
 * The {@code --date YYYY-MM-DD} option shared by the commands: the date that replaces the profiles'
 * reference date, refused with the same words as a profile's own {@code referenceDate} and as the
 * API's {@code date} parameter ({@link DateParameter}).
 */
public final class DateOption {

    /**
     * The option read: a date, or why it cannot be one.
     *
     * @param date    the date, null when refused
     * @param problem why it was refused, null when accepted
     */
    public record Parsed(LocalDate date, Problem problem) {
    }

    private DateOption() {
    }

    public static Parsed parse(String text, ReferenceDates referenceDates) {
        DateParameter.Parsed parsed = DateParameter.parse(text, referenceDates);
        return new Parsed(parsed.date(), parsed.problem());
    }
}
