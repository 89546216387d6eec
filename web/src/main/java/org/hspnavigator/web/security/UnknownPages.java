package org.hspnavigator.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.hspnavigator.web.system.PageLanguage;
import org.hspnavigator.web.system.Pages;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The requests that reach the page-not-found page ({@link Pages#UNKNOWN_PAGE}) because no other
 * handler takes them: public, so that a mistyped page address gets its 404 page rather than a request
 * to log in. Asked of the application's own handler mapping, so an address that any controller serves,
 * a workspace page included, is never matched here.
 */
final class UnknownPages implements RequestMatcher {

    /** A path segment of plain letters and hyphens, which the mapping compares as it is written. */
    private static final Pattern PLAIN_SEGMENT = Pattern.compile("[A-Za-z-]+");

    private final RequestMappingHandlerMapping mappings;

    UnknownPages(RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !mayBeUnderALanguage(request)) {
            return false;
        }
        RequestPath parsed = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            return mappings.getHandler(request) != null
                    && Pages.UNKNOWN_PAGE.equals(String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
        } catch (Exception e) {
            // A request the mapping cannot even look up is no page: it stays with the other rules.
            return false;
        } finally {
            if (parsed == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(parsed, request);
            }
            request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
        }
    }

    /**
     * Whether the path may be under a language, as the page-not-found page is: false for a first segment
     * of plain letters that is no language's tag ({@code /api/...}), so that the API's requests are spared
     * a second look-up of their handler. Any other first segment (escaped, empty, with a parameter) is
     * left to the mapping, which decodes it.
     */
    static boolean mayBeUnderALanguage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/")) {
            return true;
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return !PLAIN_SEGMENT.matcher(first).matches() || PageLanguage.ofTag(first).isPresent();
    }
}
