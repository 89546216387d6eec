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
 * The bound on the public API's calculations served at once: at most {@code hsp.api.concurrency} requests
 * of the endpoints that only compute (assessments, advice, permanent residence, family, checklists, and the
 * benchmark's floor, so that bench/api.sh compares like with like) run their filters and handler together
 * (the number of processors the JVM sees when 0, the default); a request beyond them waits for a turn, in
 * order of arrival, up to {@code hsp.api.wait}, and is then answered 503 with a problem and {@code
 * Retry-After}. These requests need nothing but the processor, and with Tomcat's 200 workers 64 of them
 * at once time-slice 2 cores and lose their slices to one another: the p99 was some eight times the
 * median (bench/README.md, "Calculations in turns"). A waiting worker is parked and costs no processor,
 * so the API behaves as a pool the size of the processors while the workspace's requests, which wait on
 * the database, keep all of Tomcat's workers. The batch endpoint is left out: it streams its body and its
 * answer over the network for as long as the file takes, and would hold a turn while it waits on the
 * client. A turn is given back when the request's thread leaves the chain, also when the handler threw
 * or went asynchronous (a thread that left computes nothing more). Nor does a turn wait on the network:
 * the body is received before a turn is taken ({@link ReceivedRequest}) and the answer, kept in memory
 * during the turn, is sent after it, so that a client that sends or reads slowly holds no turn (these
 * endpoints answer synchronously, and their answers are held in memory by the handlers already).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class CalculationTurns extends OncePerRequestFilter {

    /** How long a client should wait before it asks again, in seconds. */
    static final long RETRY_AFTER_SECONDS = 1;

    static final Set<String> PATHS = Set.of("/api/v1/assessments", "/api/v1/advice", "/api/v1/permanent-residence",
            "/api/v1/family", "/api/v1/checklists", "/bench/floor");

    private final Turns turns;
    private final RequestLimits limits;

    public CalculationTurns(@Value("${hsp.api.concurrency:0}") int concurrency,
            @Value("${hsp.api.wait:5s}") Duration wait, RequestLimits limits) {
        this.turns = new Turns(concurrency, wait, "hsp.api");
        this.limits = limits;
    }

    /** How many calculations are served at once at most. */
    public int concurrency() {
        return turns.concurrency();
    }

    /** The requests waiting for a turn now (an estimate). */
    int waiting() {
        return turns.waiting();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The servlet path is the decoded, normalised path the handler is chosen by.
        return !PATHS.contains(request.getServletPath());
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
