package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The permanent-residence routes of the results page beside its points forecast: the routes are those
 * {@code hsp pr} finds for the case file the page makes of the answers (ResultsBrowserTest compares them
 * for every example), so they take the experience as stated on every later day (docs/rules.md §11), while
 * the forecast adds the years completed by working on (§3); the page says so, and names the day such a
 * year raises the forecast's points to those of a points route. Ms Li of the examples is the applicant on
 * whom the two differ: 70 points now, 65 from her 30th birthday (2028-07-01), 70 again in the forecast
 * from the day her fifth year of experience completes (2028-11-27), while the 70-point route, which needs
 * 70 points after three years (2029-11-27), counts her three years and is not met within ten years.
 */
@ApiTest
class ResidenceBesideForecastTest {

    @LocalServerPort
    int port;

    private String results(String lang, ExampleApplicant applicant) {
        Http.Answer answer = new Http(port).post("/" + lang + "/self-assessment/results",
                "application/x-www-form-urlencoded", applicant.query().getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void msLisForecastRisesTheDayHerFifthYearCompletesWhileTheRoutesSaySoAndCountHerStatedYears() {
        String page = results("en", ExampleApplicant.of("ms-li.json"));
        assertThat(forecastRow(page, "2028-07-01")).contains("70 → 65");
        assertThat(forecastRow(page, "2028-11-27")).contains("65 → 70");
        assertThat(page).doesNotContain("<td>2028-11-26</td>");
        assertThat(earliest(page, "POINTS_70")).isEmpty();
        assertThat(routeCell(page, "POINTS_70")).contains("Not within 10 years");
        assertThat(page).contains("These dates take your answers as they are today on every later day, your years"
                + " of experience included: only your age and the rules change");
        assertThat(page).contains("The forecast shows 70 points from 2028-11-27 because it adds a completed year of"
                + " experience, which the routes do not count.");
    }

    @Test
    void theSameWordsStandInThePagesLanguage() {
        String page = results("ja", ExampleApplicant.of("ms-li.json"));
        assertThat(page).contains("見通しは職歴の1年の満了を加えるため2028年11月27日から70点を示しますが、ルートはこれを数えません。");
    }

    /** Mr Zhang's seventh year takes the forecast from 80 to 85 points: no route's points are newly reached. */
    @Test
    void aYearOfExperienceThatReachesNoRoutesPointsLeavesOnlyTheGeneralNote() {
        String page = results("en", ExampleApplicant.of("mr-zhang.json"));
        assertThat(page).contains("id=\"residence-experience\"").doesNotContain("id=\"residence-experience-rise\"");
    }

    /** The row of the forecast's table for a day. */
    private static String forecastRow(String page, String day) {
        Matcher row = Pattern.compile("<td>" + day + "</td>[\\s\\S]*?</tr>").matcher(page);
        assertThat(row.find()).as("forecast row of " + day).isTrue();
        return row.group();
    }

    /** The earliest-date cell of a route. */
    private static String routeCell(String page, String route) {
        Matcher cell = Pattern.compile("id=\"route-" + route + "\"[\\s\\S]*?<td class=\"earliest\"[^>]*>[^<]*</td>")
                .matcher(page);
        assertThat(cell.find()).as("row of " + route).isTrue();
        return cell.group();
    }

    /**
     * The earliest date of a route, as the page's data gives it (YYYY-MM-DD); empty when there is none, the
     * page then leaving the attribute out.
     */
    private static String earliest(String page, String route) {
        Matcher date = Pattern.compile("data-date=\"([^\"]*)\"").matcher(routeCell(page, route));
        return date.find() ? date.group(1) : "";
    }
}
