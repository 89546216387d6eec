package org.hspnavigator.report.summary;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hspnavigator.engine.advice.Forecast;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.report.pdf.PageFlow;

/**
 * The points forecast as a step chart drawn in vector graphics: the points of the category from the
 * reference date to the end of the forecast, a step on each date they change (a birthday, a completed
 * year of experience), the 70- and 80-point lines dashed, a tick and label on each 1 January.
 */
final class ForecastChart {

    private static final float HEIGHT = 120f;
    private static final float AXIS_LABEL = 6.5f;
    private static final float LEFT_AXIS = 24f;
    private static final float BOTTOM_AXIS = 12f;
    private static final int STEP = 10;
    private static final float INK = 0f;
    private static final float GRID = 0.75f;

    private ForecastChart() {
    }

    /** The height the chart takes on its page, with its axis below it. */
    static float height() {
        return HEIGHT + BOTTOM_AXIS + 4f;
    }

    /** Draws the chart of {@code forecast}, starting from {@code points}, at the flow's cursor, and moves below it. */
    static void draw(PageFlow flow, Forecast forecast, int points, List<Integer> thresholds) throws IOException {
        flow.need(height());
        int low = points;
        int high = points;
        for (ForecastEvent event : forecast.events()) {
            low = Math.min(low, Math.min(event.pointsBefore(), event.pointsAfter()));
            high = Math.max(high, Math.max(event.pointsBefore(), event.pointsAfter()));
        }
        for (int threshold : thresholds) {
            low = Math.min(low, threshold);
            high = Math.max(high, threshold);
        }
        int bottomValue = Math.max(0, (low / STEP) * STEP - STEP);
        int topValue = (high / STEP) * STEP + STEP;
        float left = flow.left() + LEFT_AXIS;
        float right = flow.left() + flow.width() - 8f;
        float top = flow.y() - 4f;
        float bottom = top - HEIGHT;
        long days = Math.max(1, ChronoUnit.DAYS.between(forecast.from(), forecast.to()));
        Scale scale = new Scale(forecast.from(), days, left, right, bottomValue, topValue, bottom, top);

        for (int value = bottomValue; value <= topValue; value += STEP) {
            float y = scale.y(value);
            flow.line(left, y, right, y, 0.3f, GRID, false);
            flow.textRight(left - 3f, y - 2f, AXIS_LABEL, Integer.toString(value));
        }
        for (int threshold : thresholds) {
            float y = scale.y(threshold);
            flow.line(left, y, right, y, 0.9f, 0.35f, true);
            flow.text(right - 14f, y + 2f, AXIS_LABEL, Integer.toString(threshold));
        }
        flow.line(left, bottom, right, bottom, 0.6f, INK, false);
        flow.line(left, bottom, left, top, 0.6f, INK, false);
        // A tick on each 1 January, labelled with its year, so that a step sits in the year it falls in.
        for (LocalDate year = LocalDate.of(forecast.from().getYear() + 1, 1, 1); !year.isAfter(forecast.to());
                year = year.plusYears(1)) {
            float x = scale.x(year);
            flow.line(x, bottom, x, bottom - 3f, 0.6f, INK, false);
            String label = Integer.toString(year.getYear());
            flow.text(x - flow.textWidth(label, AXIS_LABEL) / 2f, bottom - BOTTOM_AXIS + 2f, AXIS_LABEL, label);
        }

        float x = left;
        float y = scale.y(points);
        flow.text(left + 3f, y + 3f, AXIS_LABEL + 1f, Integer.toString(points));
        for (ForecastEvent event : forecast.events()) {
            float eventX = scale.x(event.date());
            float after = scale.y(event.pointsAfter());
            flow.line(x, y, eventX, y, 1.8f, INK, false);
            flow.line(eventX, y, eventX, after, 1.8f, INK, false);
            flow.fill(eventX - 2f, after + 2f, 4f, 4f, INK);
            flow.text(eventX + 3f, after + 3f, AXIS_LABEL + 1f, Integer.toString(event.pointsAfter()));
            x = eventX;
            y = after;
        }
        flow.line(x, y, right, y, 1.8f, INK, false);
        flow.down(HEIGHT + BOTTOM_AXIS + 8f);
    }

    /** Dates to x and points to y within the plotting area. */
    private record Scale(LocalDate from, long days, float left, float right, int bottomValue, int topValue,
            float bottom, float top) {

        float x(LocalDate date) {
            return left + (right - left) * ChronoUnit.DAYS.between(from, date) / days;
        }

        float y(int value) {
            return bottom + (top - bottom) * (value - bottomValue) / (topValue - bottomValue);
        }
    }
}
