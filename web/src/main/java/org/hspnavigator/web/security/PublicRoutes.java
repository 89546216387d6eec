package org.hspnavigator.web.security;

import java.util.List;
import org.hspnavigator.web.system.PageConfiguration;
import org.hspnavigator.web.system.Pages;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The routes open to anyone, listed here and nowhere else: every other route needs a login or a token.
 * The public JSON API computes answers from what the request carries and keeps nothing, so it takes no
 * CSRF token either; the same holds for the login's helpers, the secret calendar-feed URL, whose
 * secret is its credential, and the self-assessment pages, which also keep nothing.
 */
public final class PublicRoutes {

    /** The stateless computations of the public API and the server's own documents and probes. */
    private static final List<String> STATELESS = List.of(
            "/api/v1/assessments", "/api/v1/advice", "/api/v1/permanent-residence", "/api/v1/family",
            "/api/v1/checklists", "/api/v1/batch", "/api/v1/reports", "/api/v1/faq", "/api/v1/faq/*", "/api/v1/rule-sets", "/api/v1/point-tables",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/actuator/health/**",
            "/bench/floor", "/error", "/", Pages.START, Pages.START_WITHOUT_SLASH, Pages.FORM, Pages.RESULTS, Pages.REPORT,
            Pages.SALARY_WORKSHEET, Pages.FAQ, Pages.RULES,
            PageConfiguration.ASSETS + "**");

    /** The calendar feed: its secret URL is the credential. */
    public static final String CALENDAR_FEED = "/calendar/{secret}";

    private PublicRoutes() {
    }

    /** Every public route: the stateless ones, the CSRF token, the login and the calendar feed. */
    static RequestMatcher all() {
        List<RequestMatcher> matchers = new java.util.ArrayList<>(STATELESS.stream()
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(pattern)).toList());
        matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/v1/csrf"));
        matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/login"));
        matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, CALENDAR_FEED));
        return new OrRequestMatcher(matchers);
    }

    /** The routes that change nothing on the server, which take no CSRF token. */
    static RequestMatcher withoutCsrf() {
        List<RequestMatcher> matchers = new java.util.ArrayList<>(STATELESS.stream()
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(pattern)).toList());
        matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, CALENDAR_FEED));
        return new OrRequestMatcher(matchers);
    }

    /** Whether a route pattern of the application is public (for the authorization tests and the API description). */
    public static boolean isPublic(String method, String pattern) {
        if (STATELESS.stream().anyMatch(p -> p.equals(pattern) || p.endsWith("/**") && pattern.startsWith(p.substring(0, p.length() - 3))
                || p.endsWith("/*") && pattern.startsWith(p.substring(0, p.length() - 1)))) {
            return true;
        }
        // The page-not-found page is public where no other handler takes the address (UnknownPages).
        return (method.equals("GET") && pattern.equals("/api/v1/csrf")) || (method.equals("POST") && pattern.equals("/api/v1/login"))
                || (method.equals("GET") && pattern.equals(CALENDAR_FEED))
                || (method.equals("GET") && pattern.equals(Pages.UNKNOWN_PAGE));
    }
}
