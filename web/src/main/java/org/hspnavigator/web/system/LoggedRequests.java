package org.hspnavigator.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request line the access log shows ({@code %{org.hspnavigator.web.loggedRequest}r} in its pattern):
 * the request's own, but with the secret of a calendar-feed URL hidden, since whoever reads the log must
 * not be able to read the feed. A request Tomcat refuses before any filter runs is logged as "-".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LoggedRequests extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "org.hspnavigator.web.loggedRequest";
    private static final String CALENDAR = "/calendar/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, line(request));
        chain.doFilter(request, response);
    }

    static String line(HttpServletRequest request) {
        String uri = masked(request.getRequestURI());
        if (!uri.startsWith(CALENDAR) && request.getQueryString() != null) {
            uri = uri + "?" + request.getQueryString();
        }
        return request.getMethod() + " " + uri + " " + request.getProtocol();
    }

    /** The path as a log may show it. */
    public static String masked(String path) {
        return path != null && path.startsWith(CALENDAR) ? CALENDAR + "[secret]" : path;
    }
}
