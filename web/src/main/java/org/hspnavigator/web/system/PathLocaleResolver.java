package org.hspnavigator.web.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a request from the first segment of its path ({@code /ja/self-assessment}): the
 * language a page is written in is part of its address, so that a link keeps it and a cookie or a
 * browser setting never changes what a shared link shows. Other paths (the JSON API) are English. An
 * error's answer takes the locale of the request that failed.
 */
final class PathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        // The error endpoint's page (ErrorEndpoint) speaks the language of the page that failed, not of /error.
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        int end = path.indexOf('/', 1);
        String segment = path.length() <= 1 ? "" : path.substring(1, end < 0 ? path.length() : end);
        return PageLanguage.ofTag(segment).orElse(PageLanguage.ENGLISH).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language of a page is chosen by its URL");
    }
}
