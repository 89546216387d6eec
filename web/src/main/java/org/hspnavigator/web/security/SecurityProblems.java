package org.hspnavigator.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.system.AcceptLanguage;
import org.hspnavigator.web.system.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spring Security's refusals as RFC 9457 problems, like every other error of the API: 401 without a
 * valid login or token (with {@code WWW-Authenticate}), 403 for a missing CSRF token or a role that does
 * not allow the request, 401 for a failed login and 429 with {@code Retry-After} for a throttled one. A
 * path no endpoint answers stays a 404 for everyone, as before there were logins.
 */
@Component
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    private final ObjectProvider<RequestMappingHandlerMapping> routes;

    public SecurityProblems(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes) {
        this.routes = routes;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!hasRoute(request)) {
            write(response, Problems.response(problem(HttpStatus.NOT_FOUND,
                    Problem.of("notFound.endpoint", request.getMethod(), request.getRequestURI()), request)));
            return;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Problem detail = Problem.of(request.getHeader(HttpHeaders.AUTHORIZATION) != null
                ? "unauthorized.token" : "unauthorized.login");
        write(response, Problems.response(problem(HttpStatus.UNAUTHORIZED, detail, request), headers));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problem detail = Problem.of(e instanceof CsrfException ? "forbidden.csrf" : "forbidden.role");
        write(response, Problems.response(problem(HttpStatus.FORBIDDEN, detail, request)));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(response, Problems.response(problem(HttpStatus.TOO_MANY_REQUESTS,
                    Problem.of("unauthorized.throttled", throttled.retryAfterSeconds()), request), headers));
            return;
        }
        write(response, Problems.response(problem(HttpStatus.UNAUTHORIZED, Problem.of("unauthorized.failed"), request)));
    }

    private boolean hasRoute(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = routes.getIfAvailable();
        if (mapping == null) {
            return true;
        }
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception wrongMethodOrMediaType) {
            // The path exists for another method or media type: a route, which needs a login first.
            return true;
        }
    }

    static void write(HttpServletResponse response, ResponseEntity<byte[]> problem) throws IOException {
        response.setStatus(problem.getStatusCode().value());
        problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.getOutputStream().write(problem.getBody());
        response.flushBuffer();
    }

    /** The body of a problem, in the language of the request's {@code Accept-Language}. */
    static ObjectNode problem(HttpStatus status, Problem detail, HttpServletRequest request) {
        return Problems.problem(status, detail, request.getRequestURI(), AcceptLanguage.of(request));
    }
}
