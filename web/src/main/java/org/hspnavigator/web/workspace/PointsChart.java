package org.hspnavigator.web.workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.points.Category;

/**
 * The points over time of an applicant's stored assessments as a small SVG line chart drawn on the
 * server: a line per category, the 70 and 80 marks (the pass mark, and the mark of the one-year route to
 * permanent residence), and the dates of the first and last assessment. Only coordinates are computed
 * here; the template draws them, so the chart needs no script.
 *
 * @param width  the drawing's width in user units
 * @param height the drawing's height
 * @param series a line per category
 * @param marks  the horizontal marks
 * @param first  the first date, at the left
 * @param last   the last date, at the right
 */
record PointsChart(int width, int height, List<Series> series, List<Mark> marks, LocalDate first, LocalDate last,
        int left, int right, int bottom) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    /** A category's line: its polyline's points and a dot per assessment. */
    record Series(Category category, String polyline, List<Dot> dots) {
    }

    /** An assessment's point on a line, with the points it stands for. */
    record Dot(int x, int y, LocalDate date, int points) {
    }

    /** A horizontal line at a number of points. */
    record Mark(int points, int y) {
    }

    /** The chart of the assessments in date order; empty when there are none. */
    static java.util.Optional<PointsChart> of(List<PointsOnDay> history) {
        if (history.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate first = history.get(0).date();
        LocalDate last = history.get(history.size() - 1).date();
        int top = Math.max(100, history.stream().flatMap(day -> day.points().values().stream())
                .mapToInt(Integer::intValue).max().orElse(0) + 10) / 10 * 10;
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        List<Series> series = new ArrayList<>();
        for (Category category : Category.values()) {
            List<Dot> dots = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (PointsOnDay day : history) {
                int x = history.size() == 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2
                        : LEFT + (int) ((WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, day.date()) / days);
                int y = y(day.in(category), top);
                dots.add(new Dot(x, y, day.date(), day.in(category)));
                line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
            }
            series.add(new Series(category, line.toString(), dots));
        }
        List<Mark> marks = List.of(new Mark(0, y(0, top)), new Mark(70, y(70, top)), new Mark(80, y(80, top)),
                new Mark(top, y(top, top)));
        return java.util.Optional.of(new PointsChart(WIDTH, HEIGHT, series, marks, first, last, LEFT, WIDTH - RIGHT,
                HEIGHT - BOTTOM));
    }

    private static int y(int points, int top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (top - Math.min(points, top)) / top;
    }
}
