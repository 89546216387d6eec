package org.hspnavigator.engine.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.hspnavigator.engine.calendar.CompletedYears;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.table.RuleSet;

/**
 * The points of one category over the years after the reference date, assuming the profile stays
 * true except for what time changes (see {@link Projection}): the age, which moves the applicant into
 * another age band at 30, 35 and 40 (age points drop and salary brackets close, docs/rules.md §4,
 * §5); the experience in the category's activity, which grows only if the applicant keeps working
 * in it (§3); and the rule set in force (§10). Points can change only on a birthday, on the day a
 * year of experience completes, or on the first day of a rule set, so those are the days examined;
 * each is compared with the day before.
 */
public final class Forecaster {

    /** The forecast covers this many years after the reference date. */
    public static final int YEARS = 5;

    private final PointsEngine engine;

    public Forecaster(PointsEngine engine) {
        this.engine = engine;
    }

    public Forecast forecast(Profile profile, Category category) {
        LocalDate from = profile.referenceDate();
        LocalDate to = from.plusYears(YEARS);
        CategoryScorer scorer = new CategoryScorer(engine, category);
        Projection projection = new Projection(profile, category);
        TreeMap<LocalDate, List<Message>> reasons = new TreeMap<>();

        int age = CompletedYears.between(profile.birthDate(), from);
        for (long next = age + 1; ; next++) {
            LocalDate birthday = CompletedYears.firstDay(profile.birthDate(), next);
            if (birthday.isAfter(to)) {
                break;
            }
            reasons.computeIfAbsent(birthday, d -> new ArrayList<>()).add(Message.of("advice.reason.birthday", next));
        }
        for (long years = projection.completedYearsNow() + 1; ; years++) {
            LocalDate day = projection.dayReaching(years);
            if (day.isAfter(to)) {
                break;
            }
            reasons.computeIfAbsent(day, d -> new ArrayList<>())
                    .add(Message.of(ForecastEvent.EXPERIENCE_COMPLETES, years, category.name()));
        }
        for (RuleSet rules : engine.ruleBook().ruleSets()) {
            LocalDate start = rules.validity().from();
            if (start.isAfter(from) && !start.isAfter(to)) {
                reasons.computeIfAbsent(start, d -> new ArrayList<>()).add(Message.of("advice.reason.ruleSet", rules.validity().from()));
            }
        }

        List<ForecastEvent> events = new ArrayList<>();
        reasons.forEach((day, why) -> {
            Assessment before = scorer.assess(projection.on(day.minusDays(1)));
            Assessment after = scorer.assess(projection.on(day));
            if (before.points() != after.points()) {
                events.add(new ForecastEvent(day, before.points(), after.points(), why));
            }
        });
        return new Forecast(category, from, to, events);
    }
}
