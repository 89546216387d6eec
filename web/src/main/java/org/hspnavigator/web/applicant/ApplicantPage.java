package org.hspnavigator.web.applicant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;

/**
 * A page of the list of applicants, as the query parameters {@code limit} and {@code after} ask for it:
 * at most {@code limit} applicants, those whose id follows {@code after} (the last id of the page before).
 * Ids grow with time, so the pages are stable while applicants are added: a new one comes on the last page,
 * and none is skipped or repeated. The next page is named in a {@code Link} header (RFC 8288), as GitHub's
 * and many other APIs do, so that the body keeps its shape.
 *
 * @param limit at most this many applicants
 * @param after only the applicants whose id follows this one
 */
record ApplicantPage(int limit, Optional<String> after) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final String PATH = "/api/v1/applicants";

    /** The page the query asks for; a 400 naming each parameter refused. */
    static ApplicantPage of(String limit, String after, QueryParameters parameters) {
        List<Problems.Located> problems = new ArrayList<>();
        Problem expected = Problem.of("query.wholeNumberFrom", 1, MAX_LIMIT);
        Optional<Integer> count = parameters.integer("limit", limit, DEFAULT_LIMIT, expected, problems);
        if (count.isPresent() && (count.get() < 1 || count.get() > MAX_LIMIT)) {
            problems.add(Problems.Located.query("limit", Problem.of("query.expected.number", expected, count.get())));
        }
        if (after != null && !Ids.isId(after)) {
            problems.add(Problems.Located.query("after", Problem.of("query.expected.text",
                    Problem.of("query.applicantId"), after)));
        }
        QueryParameters.requireNone(problems);
        return new ApplicantPage(count.orElseThrow(), Optional.ofNullable(after));
    }

    /** The {@code Link} header's value naming the page after the one that ends with {@code lastId}. */
    String nextLink(String lastId) {
        return "<" + PATH + "?limit=" + limit + "&after=" + lastId + ">; rel=\"next\"";
    }
}
