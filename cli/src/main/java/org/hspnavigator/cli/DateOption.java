package org.hspnavigator.cli;

import java.time.LocalDate;
import org.hspnavigator.formats.profile.IsoDate;
import org.hspnavigator.formats.profile.ReferenceDates;

/**
 * The {@code --date YYYY-MM-DD} value shared by the commands: a date written as a profile writes its
 * dates ({@link IsoDate}), refused in the same words as a profile's own {@code referenceDate}, except
 * that the whole value is shown however long it is.
 */
public final class DateOption {

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
        if (!IsoDate.hasIsoForm(text)) {
            return new Parsed(null, "\"" + text + "\" is not a date in the form YYYY-MM-DD");
        }
        LocalDate date = IsoDate.parse(text);
        if (date == null) {
            return new Parsed(null, "\"" + text + "\" is not a real date");
        }
        return referenceDates.problem(date).map(problem -> new Parsed(null, problem))
                .orElseGet(() -> new Parsed(date, null));
    }
}
