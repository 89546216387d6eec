package org.hspnavigator.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost answer to a write the storage refused after the request's own handler (a new session
 * stored as the answer is sent, at a login or on the login page): a 503 through the error endpoint
 * ({@link ErrorEndpoint}), a page for a page and a problem for the API, instead of an exception that
 * Tomcat would log with its stack trace and answer with a 500. It runs ahead of Spring Session's filter,
 * which stores the session once the request is done.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class StorageRefusals extends OncePerRequestFilter {

    /** The request attribute naming the storage's failure, for the error endpoint. */
    public static final String CAUSE = "org.hspnavigator.web.storageRefused";
    /** The request attribute holding the failure itself, whose innermost cause the error endpoint logs. */
    public static final String FAILURE = "org.hspnavigator.web.storageFailure";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<String> cause = StorageUnavailable.cause(e);
            if (cause.isEmpty() || response.isCommitted()) {
                throw e;
            }
            response.reset();
            request.setAttribute(CAUSE, cause.get());
            request.setAttribute(FAILURE, e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
