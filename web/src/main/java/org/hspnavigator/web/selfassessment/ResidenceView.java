package org.hspnavigator.web.selfassessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;

/**
 * The permanent-residence routes (永住許可) as {@code hsp pr} finds them for the case the results page
 * makes of the answers ({@link SelfAssessmentCase}): per route whether it is met on the reference date,
 * the earliest date it is, and why.
 *
 * @param date            the application date checked (the reference date), as the page's language writes it
 * @param statusCategory  the category of the HSP status the case assumes, empty when none is eligible
 * @param statusPoints    the points recognized with it
 * @param routes          POINTS_80, POINTS_70 and J_SKIP, in that order
 * @param warnings        what may defeat a route the rules say is met
 */
record ResidenceView(String date, String statusCategory, int statusPoints, List<RouteRow> routes,
        List<String> warnings) {

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

    static ResidenceView of(ApplicantCase applicant, PermanentResidenceResult result, EngineTexts texts) {
        List<RouteRow> routes = new ArrayList<>();
        for (RouteResult route : result.routes()) {
            routes.add(new RouteRow(route.route().name(), route.met(),
                    route.earliestDate().map(LocalDate::toString).orElse(""),
                    route.earliestDate().map(texts::date).orElse(""),
                    route.reasons().stream().map(texts::text).toList()));
        }
        Optional<HspStatus> status = applicant.residence().hsp();
        return new ResidenceView(texts.date(result.applicationDate()),
                status.map(hsp -> hsp.category().name()).orElse(""),
                status.map(HspStatus::recognizedPoints).orElse(0), List.copyOf(routes),
                result.warnings().stream().map(texts::text).toList());
    }
}
