package org.hspnavigator.web.selfassessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.advice.Forecast;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.permanent.UncountedExperience;

/**
 * The permanent-residence routes (永住許可) as {@code hsp pr} finds them for the case the results page
 * makes of the answers ({@link SelfAssessmentCase}): per route whether it is met on the reference date,
 * the earliest date it is, and why.
 *
 * <p>The routes take the profile as stated on every later day, only the age and the rules changing
 * (docs/rules.md §11, as {@code hsp pr} reads a case), while the forecast beside them also adds the years
 * of experience completed by working on. The page says so, and names the first day such a year raises
 * the forecast's points to those of a points route ({@link UncountedExperience}, which the applicant
 * summary names too), so that the two never seem to disagree without a word.
 *
 * @param date            the application date checked (the reference date), as the page's language writes it
 * @param statusCategory  the category of the HSP status the case assumes, empty when none is eligible
 * @param statusPoints    the points recognized with it
 * @param routes          POINTS_80, POINTS_70 and J_SKIP, in that order
 * @param warnings        what may defeat a route the rules say is met
 * @param experienceRise  the first day a completed year of experience, which the routes do not count,
 *                        raises the forecast's points to 70 or 80 from below, as the page's language
 *                        writes it; empty when none does
 * @param experienceRisePoints the forecast's points from that day
 */
record ResidenceView(String date, String statusCategory, int statusPoints, List<RouteRow> routes,
        List<String> warnings, String experienceRise, int experienceRisePoints) {

    /**
     * One route.
     *
     * @param route    its id ({@code POINTS_80}), the key of its name
     * @param met      met on the application date
     * @param earliest the first date it is met within 10 years (YYYY-MM-DD, for the page's data), empty
     *                 when none is
     * @param earliestText that date as the page's language writes it, empty when none is
     * @param reasons  why, in words
     */
    record RouteRow(String route, boolean met, String earliest, String earliestText, List<String> reasons) {
    }

    static ResidenceView of(ApplicantCase applicant, PermanentResidenceResult result, Forecast forecast,
            EngineTexts texts) {
        List<RouteRow> routes = new ArrayList<>();
        for (RouteResult route : result.routes()) {
            routes.add(new RouteRow(route.route().name(), route.met(),
                    route.earliestDate().map(LocalDate::toString).orElse(""),
                    route.earliestDate().map(texts::date).orElse(""),
                    route.reasons().stream().map(texts::text).toList()));
        }
        Optional<HspStatus> status = applicant.residence().hsp();
        Optional<ForecastEvent> rise = UncountedExperience.firstRiseToARoute(forecast);
        return new ResidenceView(texts.date(result.applicationDate()),
                status.map(hsp -> hsp.category().name()).orElse(""),
                status.map(HspStatus::recognizedPoints).orElse(0), List.copyOf(routes),
                result.warnings().stream().map(texts::text).toList(),
                rise.map(event -> texts.date(event.date())).orElse(""), rise.map(ForecastEvent::pointsAfter).orElse(0));
    }
}
