package org.hspnavigator.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.hspnavigator.formats.validation.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A bound an operator may set on the public API's calculations served at once, off by default: at most
 * {@code hsp.api.concurrency} requests of the endpoints that only compute (assessments, advice, permanent
 * residence, family, checklists, and the benchmark's floor, so that bench/api.sh compares like with like)
 * run their filters and handler together; a request beyond them waits for a turn, in order of arrival, up
 * to {@code hsp.api.wait}, and is then answered 503 with a problem and {@code Retry-After}. A waiting worker
 * is parked, and the workspace's requests, which wait on the database, keep all of Tomcat's workers. On a
 * machine overloaded by other work a bound of 2 lowered the p99 three to five times; on a quiet one every
 * bound tried halved the requests a second, hence off (bench/README.md, "Calculations in turns" and the
 * section after it). The batch endpoint is left out: it streams for as long as its file takes. A turn is
 * given back when the request's thread leaves the chain, also when the handler threw or went asynchronous,
 * and it never waits on the network: the body is received before a turn is taken ({@link ReceivedRequest})
 * and the answer, kept in memory during the turn, is sent after it, so that a client that sends or reads
 * slowly holds no turn (these endpoints answer synchronously, from answers held in memory already).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class CalculationTurns extends OncePerRequestFilter {

    /** How long a client should wait before it asks again, in seconds. */
    static final long RETRY_AFTER_SECONDS = 1;

    static final Set<String> PATHS = Set.of("/api/v1/assessments", "/api/v1/advice", "/api/v1/permanent-residence",
            "/api/v1/family", "/api/v1/checklists", "/bench/floor");

    /** The turns, or null when the calculations are not bounded (the default). */
    private final Turns turns;
    private final RequestLimits limits;

    /**
     * @param concurrency the calculations served at once, 0 (the default) for no bound: on a quiet 2-core
     *                    machine every bound tried (2, 4, 8) cost each request some 140 µs of processor in
     *                    the hand-over of its turn and halved the requests a second (bench/README.md,
     *                    "Calculations in turns on a quiet machine"); it lowered the p99 only on a machine
     *                    overloaded by other work
     */
    public CalculationTurns(@Value("${hsp.api.concurrency:0}") int concurrency,
            @Value("${hsp.api.wait:5s}") Duration wait, RequestLimits limits) {
        if (concurrency < 0) {
            throw new IllegalArgumentException("hsp.api.concurrency (HSP_API_CONCURRENCY) must be 0 (no bound) or "
                    + "more, not " + concurrency);
        }
        this.turns = concurrency == 0 ? null : new Turns(concurrency, wait, "hsp.api");
        this.limits = limits;
    }

    /** How many calculations are served at once at most; 0 when they are not bounded. */
    public int concurrency() {
        return turns == null ? 0 : turns.concurrency();
    }

    /** The requests waiting for a turn now (an estimate). */
    int waiting() {
        return turns == null ? 0 : turns.waiting();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The servlet path is the decoded, normalised path the handler is chosen by.
        return turns == null || !PATHS.contains(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest received = ReceivedRequest.receive(request, limits.maxBodyBytes());
        if (!turns.take()) {
            refuse(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(received, answer);
        } finally {
            turns.giveBack();
        }
        answer.copyBodyToResponse();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        ResponseEntity<byte[]> problem = Problems.response(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE,
                Problem.of("api.busy", turns.concurrency(), turns.waitLimit().toMillis()), request.getRequestURI(),
                AcceptLanguage.of(request)), headers);
        response.setStatus(problem.getStatusCode().value());
        problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        byte[] body = problem.getBody();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
