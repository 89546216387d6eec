package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hspnavigator.engine.advice.Forecast;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.Test;

/** The forecast chart's geometry: a step on each day the points change, the marks where their points are. */
class ForecastChartTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 27);
    private static final LocalDate TO = FROM.plusYears(5);

    @Test
    void theLineStepsOnEachEventAndTheMarksStandAtTheirPoints() {
        Forecast forecast = new Forecast(Category.SPECIALIZED_TECHNICAL, FROM, TO, List.of(
                new ForecastEvent(LocalDate.of(2028, 11, 27), 80, 85, List.of(Message.of("advice.reason.career", 7L,
                        "SPECIALIZED_TECHNICAL"))),
                new ForecastEvent(LocalDate.of(2029, 3, 10), 85, 80, List.of(Message.of("advice.reason.birthday", 35L)))));
        ForecastChart chart = ForecastChart.of(forecast, 80, EngineTexts.of(PageLanguage.ENGLISH));

        assertThat(chart.mark80()).isLessThan(chart.mark70());
        assertThat(chart.levels().get(0).points()).isLessThanOrEqualTo(60);
        assertThat(chart.levels().get(chart.levels().size() - 1).points()).isGreaterThanOrEqualTo(90);
        assertThat(chart.events()).hasSize(2);
        ForecastChart.Event rise = chart.events().get(0);
        ForecastChart.Event drop = chart.events().get(1);
        assertThat(rise.drop()).isFalse();
        assertThat(drop.drop()).isTrue();
        assertThat(drop.lastDayBefore()).isEqualTo("2029-03-09");
        assertThat(rise.y()).isLessThan(chart.mark80());
        assertThat(drop.y()).isEqualTo(chart.mark80());
        assertThat(rise.x()).isLessThan(drop.x());
        assertThat(chart.path()).isEqualTo("M" + chart.left() + " " + chart.mark80() + " H" + rise.x() + " V"
                + rise.y() + " H" + drop.x() + " V" + drop.y() + " H" + chart.right());
        assertThat(chart.ticks()).hasSize(6);
        assertThat(chart.ticks().get(0).x()).isEqualTo(chart.left());
        assertThat(chart.ticks().get(5).x()).isEqualTo(chart.right());
        assertThat(rise.reason()).contains("7 years");
    }

    @Test
    void theDaysAreWrittenInThePagesLanguage() {
        Forecast forecast = new Forecast(Category.SPECIALIZED_TECHNICAL, FROM, TO, List.of(
                new ForecastEvent(LocalDate.of(2029, 3, 10), 85, 80, List.of(Message.of("advice.reason.birthday", 35L)))));

        ForecastChart japanese = ForecastChart.of(forecast, 85, EngineTexts.of(PageLanguage.JAPANESE));
        ForecastChart korean = ForecastChart.of(forecast, 85, EngineTexts.of(PageLanguage.KOREAN));

        assertThat(japanese.events().get(0).date()).isEqualTo("2029年3月10日");
        assertThat(japanese.events().get(0).lastDayBefore()).isEqualTo("2029年3月9日");
        assertThat(japanese.from()).isEqualTo("2026年11月27日");
        assertThat(korean.events().get(0).date()).isEqualTo("2029년 3월 10일");
        assertThat(korean.to()).isEqualTo("2031년 11월 27일");
    }

    @Test
    void withoutChangeTheLineIsFlat() {
        ForecastChart chart = ForecastChart.of(new Forecast(Category.ACADEMIC_RESEARCH, FROM, TO, List.of()), 45,
                EngineTexts.of(PageLanguage.JAPANESE));
        int y40 = chart.levels().stream().filter(level -> level.points() == 40).findFirst().orElseThrow().y();
        int y50 = chart.levels().stream().filter(level -> level.points() == 50).findFirst().orElseThrow().y();
        String[] path = chart.path().split(" ");
        assertThat(path).hasSize(3);
        assertThat(path[0]).isEqualTo("M" + chart.left());
        assertThat(Integer.parseInt(path[1])).isStrictlyBetween(y50, y40);
        assertThat(path[2]).isEqualTo("H" + chart.right());
        assertThat(chart.events()).isEmpty();
    }
}
