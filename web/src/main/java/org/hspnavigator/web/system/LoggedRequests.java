package org.hspnavigator.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request line the access log shows ({@code %{org.hspnavigator.web.loggedRequest}r} in its pattern):
 * the request's own, but with the secret of a calendar-feed URL hidden, since whoever reads the log must
 * not be able to read the feed, and with the values of a page's query hidden, since the self-assessment
 * pages carry an applicant's answers (birth date, salary) there. The API's query values are options
 * (a date, a category) and are kept. A request Tomcat refuses before any filter runs is logged as "-".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LoggedRequests extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "org.hspnavigator.web.loggedRequest";
    private static final String CALENDAR = "/calendar/";
    private static final String API = "/api/";
    private static final Pattern QUERY_VALUE = Pattern.compile("=[^&]*");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, line(request));
        chain.doFilter(request, response);
    }

    static String line(HttpServletRequest request) {
        String uri = masked(request.getRequestURI());
        String query = request.getQueryString();
        if (!uri.startsWith(CALENDAR) && query != null) {
            uri = uri + "?" + (uri.startsWith(API) ? query : QUERY_VALUE.matcher(query).replaceAll("=*"));
        }
        return request.getMethod() + " " + uri + " " + request.getProtocol();
    }

    /** The path as a log may show it. */
    public static String masked(String path) {
        return path != null && path.startsWith(CALENDAR) ? CALENDAR + "[secret]" : path;
    }
}
