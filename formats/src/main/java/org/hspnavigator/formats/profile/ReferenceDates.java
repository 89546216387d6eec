package org.hspnavigator.formats.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.hspnavigator.formats.validation.Problem;

/**
 * Which reference dates can be scored: none before the earliest rule set (docs/rules.md §10) and none more
 * than a year after today in Japan (docs/rules.md §18). "Today" is the date in Asia/Tokyo, where the
 * rules apply, whatever the machine's time zone.
 */
public final class ReferenceDates {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Clock clock;
    private final LocalDate earliest;
    private volatile Day lastDay;

    public ReferenceDates(Clock clock, LocalDate earliest) {
        this.clock = clock;
        this.earliest = earliest;
    }

    /** Today in Japan: the reference date when the profile gives none. */
    public LocalDate today() {
        return currentDay().date();
    }

    private Day currentDay() {
        long now = clock.millis();
        Day day = lastDay;
        if (day == null || now < day.startMillis() || now >= day.endMillis()) {
            LocalDate date = Instant.ofEpochMilli(now).atZone(JAPAN).toLocalDate();
            day = new Day(date, date.plusYears(ProfileLimits.MAX_YEARS_AHEAD),
                    date.atStartOfDay(JAPAN).toInstant().toEpochMilli(),
                    date.plusDays(1).atStartOfDay(JAPAN).toInstant().toEpochMilli());
            lastDay = day;
        }
        return day;
    }

    /**
     * A day in Japan, the last reference date it accepts, and the instants it spans: asked for every
     * profile of a batch, computed once a day.
     */
    private record Day(LocalDate date, LocalDate latest, long startMillis, long endMillis) {
    }

    /** Why the date cannot be scored, or empty when it can. */
    public Optional<Problem> problem(LocalDate date) {
        if (date.isBefore(earliest)) {
            return Optional.of(Problem.of("referenceDate.beforeEarliest", date, earliest));
        }
        Day day = currentDay();
        if (date.isAfter(day.latest())) {
            return Optional.of(Problem.of("referenceDate.tooFarAhead", date, ProfileLimits.MAX_YEARS_AHEAD, day.date(),
                    day.latest()));
        }
        return Optional.empty();
    }
}
