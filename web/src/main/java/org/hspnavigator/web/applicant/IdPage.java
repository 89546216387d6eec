package org.hspnavigator.web.applicant;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.WholeNumberParameter;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A page of a list in the order of its ids, as the query parameters {@code limit} and {@code after} ask
 * for it: at most {@code limit} rows, those whose id follows {@code after} (the last id of the page before).
 * Ids grow with time, so the pages are stable while rows are added: a new one comes on the last page, and
 * none is skipped or repeated. The next page is named in a {@code Link} header (RFC 8288), as GitHub's and
 * many other APIs do, so that the body keeps its shape.
 *
 * @param limit at most this many rows
 * @param after only the rows whose id follows this one
 * @param path the list's path, which the next page's link names
 */
record IdPage(int limit, Optional<String> after, String path) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /**
     * The page of the list at {@code path} the query asks for; a 400 naming each parameter refused.
     * {@code afterIs} says what {@code after} must be, for the problem.
     */
    static IdPage of(String path, Problem afterIs, String limit, String after, QueryParameters parameters) {
        List<Problems.Located> problems = new ArrayList<>();
        Problem expected = Problem.of("query.wholeNumberFrom", 1, MAX_LIMIT);
        Optional<Integer> count = parameters.integer("limit", limit, DEFAULT_LIMIT, expected, problems);
        if (count.isPresent() && (count.get() < 1 || count.get() > MAX_LIMIT)) {
            problems.add(Problems.Located.query("limit", WholeNumberParameter.outside(expected, count.get())));
        }
        if (after != null && !Ids.isId(after)) {
            problems.add(Problems.Located.query("after", Problem.of("query.expected.text", afterIs, after)));
        }
        QueryParameters.requireNone(problems);
        return new IdPage(count.orElseThrow(), Optional.ofNullable(after), path);
    }

    /** How many rows to read: one more than the page tells whether a next page exists, without counting. */
    int rowsToRead() {
        return limit + 1;
    }

    /**
     * The answer of the page from {@code rows} (as many as {@link #rowsToRead} asked for), written by
     * {@code writer}, with the next page's {@code Link} when there is one.
     */
    <T> ResponseEntity<byte[]> answer(List<T> rows, Function<T, String> id, BiConsumer<List<T>, OutputStream> writer) {
        List<T> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        ResponseEntity<byte[]> answer = JsonResponses.ok(out -> writer.accept(shown, out));
        if (shown == rows) {
            return answer;
        }
        return ResponseEntity.ok().headers(answer.getHeaders())
                .header(HttpHeaders.LINK, nextLink(id.apply(shown.get(shown.size() - 1)))).body(answer.getBody());
    }

    /** The {@code Link} header's value naming the page after the one that ends with {@code lastId}. */
    String nextLink(String lastId) {
        return "<" + path + "?limit=" + limit + "&after=" + lastId + ">; rel=\"next\"";
    }
}
