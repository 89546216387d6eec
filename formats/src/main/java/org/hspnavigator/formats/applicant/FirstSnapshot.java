package org.hspnavigator.formats.applicant;

import java.time.LocalDate;
import org.hspnavigator.formats.validation.Problem;

/**
 * The problem of a date before a case's first snapshot, where the case says nothing of the applicant:
 * the same words on the command line ({@code --date}) and in the API ({@code date}).
 */
public final class FirstSnapshot {

    private FirstSnapshot() {
    }

    /**
     * The problem of {@code date}, given by the user ({@code given}) or today, before the first snapshot
     * dated {@code first}; {@code consequence} is the key in the {@code validation} bundle of what cannot
     * be done therefore.
     */
    public static Problem before(LocalDate date, boolean given, LocalDate first, String consequence) {
        return Problem.of(given ? "date.beforeFirstSnapshot" : "date.beforeFirstSnapshot.today", date, first,
                Problem.of(consequence));
    }
}
