package org.hspnavigator.engine.permanent;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.advice.Forecast;
import org.hspnavigator.engine.advice.ForecastEvent;

/**
 * What a points forecast counts that the permanent-residence routes do not: the routes take each
 * snapshot's years of experience as stated on every later day, only the age and the rules changing
 * (docs/rules.md §11, as {@code hsp pr} reads a case), while the forecast beside them also adds the years
 * completed by working on (§3). Where the routes and the forecast stand side by side (the results page,
 * the applicant summary), the first day such a year takes the forecast to a points route's threshold
 * from below is the day the two seem to disagree, and is named to the reader.
 */
public final class UncountedExperience {

    private UncountedExperience() {
    }

    /**
     * The first day of {@code forecast} on which a completed year of experience raises the points from
     * below a points route's threshold (70 or 80) to it or above; empty when no such day comes.
     */
    public static Optional<ForecastEvent> firstRiseToARoute(Forecast forecast) {
        return forecast.events().stream()
                .filter(event -> event.completesExperience() && reachesARoutesPoints(event)).findFirst();
    }

    /** Whether the points rise that day to those of a points route from below them. */
    private static boolean reachesARoutesPoints(ForecastEvent event) {
        return Arrays.stream(Route.values()).map(Route::threshold).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .anyMatch(points -> event.pointsBefore() < points && event.pointsAfter() >= points);
    }
}
