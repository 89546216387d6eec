package org.hspnavigator.web.selfassessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.advice.Forecast;
import org.hspnavigator.engine.advice.ForecastEvent;

/**
 * The advisor's points forecast drawn as an SVG step chart on the server: the points of the category
 * advised on from the reference date over the years {@code hsp advise} forecasts, a step on each day a
 * birthday, a completed year of experience or a new rule set changes them, with the 70 and 80 marks.
 * Coordinates are computed here so that the page needs no script; the same days stand in a table below
 * the chart for readers who do not see it.
 *
 * @param path     the SVG path of the points line
 * @param mark70   the y of the 70 mark
 * @param mark80   the y of the 80 mark
 * @param ticks    the year marks on the time axis
 * @param levels   the point labels on the vertical axis
 * @param events   the days the points change, with their dot on the chart
 * @param from     the first day (the reference date)
 * @param to       the last day
 * @param start    the points on the first day
 */
record ForecastChart(String path, int mark70, int mark80, List<Tick> ticks, List<Level> levels, List<Event> events,
        String from, String to, int start) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 40;
    static final int RIGHT = 24;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    /** A year mark: its x and the date it stands for. */
    record Tick(int x, String label) {
    }

    /** A points label on the vertical axis. */
    record Level(int y, int points) {
    }

    /**
     * A day the points change.
     *
     * @param x            where on the chart
     * @param y            at the points after the change
     * @param date         the day, as the page's language writes it
     * @param pointsBefore the points the day before
     * @param pointsAfter  the points from that day on
     * @param reason       what happens that day, in words
     * @param lastDayBefore for a drop, the last day to apply with the higher points; else empty
     * @param drop         whether the points fall
     */
    record Event(int x, int y, String date, int pointsBefore, int pointsAfter, String reason, String lastDayBefore,
            boolean drop) {
    }

    static ForecastChart of(Forecast forecast, int pointsNow, EngineTexts texts) {
        int low = pointsNow;
        int high = pointsNow;
        for (ForecastEvent event : forecast.events()) {
            low = Math.min(low, event.pointsAfter());
            high = Math.max(high, event.pointsAfter());
        }
        // The marks always show, with room around the line: the axis runs in tens.
        int bottom = Math.max(0, (Math.min(low, 70) - 10) / 10 * 10);
        int top = (Math.max(high, 80) + 19) / 10 * 10;
        Scale scale = new Scale(forecast.from(), forecast.to(), bottom, top);

        StringBuilder path = new StringBuilder("M").append(LEFT).append(' ').append(scale.y(pointsNow));
        List<Event> events = new ArrayList<>();
        for (ForecastEvent event : forecast.events()) {
            int x = scale.x(event.date());
            int y = scale.y(event.pointsAfter());
            path.append(" H").append(x).append(" V").append(y);
            events.add(new Event(x, y, texts.date(event.date()), event.pointsBefore(), event.pointsAfter(),
                    event.reasons().stream().map(texts::text).reduce((a, b) -> a + "; " + b).orElse(""),
                    event.lastDayBefore().map(texts::date).orElse(""), event.isDrop()));
        }
        path.append(" H").append(WIDTH - RIGHT);

        List<Tick> ticks = new ArrayList<>();
        for (LocalDate day = forecast.from(); !day.isAfter(forecast.to()); day = day.plusYears(1)) {
            ticks.add(new Tick(scale.x(day), Integer.toString(day.getYear())));
        }
        List<Level> levels = new ArrayList<>();
        for (int points = bottom; points <= top; points += 10) {
            levels.add(new Level(scale.y(points), points));
        }
        return new ForecastChart(path.toString(), scale.y(70), scale.y(80), List.copyOf(ticks), List.copyOf(levels),
                List.copyOf(events), texts.date(forecast.from()), texts.date(forecast.to()), pointsNow);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /** The x where the plot starts and the y of its time axis, for the axis lines. */
    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int axis() {
        return HEIGHT - BOTTOM;
    }

    /** Days and points to pixels. */
    private record Scale(LocalDate from, LocalDate to, int bottom, int top) {

        int x(LocalDate day) {
            long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return LEFT + (int) (ChronoUnit.DAYS.between(from, day) * (WIDTH - LEFT - RIGHT) / days);
        }

        int y(int points) {
            int clamped = Math.max(bottom, Math.min(top, points));
            return TOP + (top - clamped) * (HEIGHT - TOP - BOTTOM) / (top - bottom);
        }
    }
}
