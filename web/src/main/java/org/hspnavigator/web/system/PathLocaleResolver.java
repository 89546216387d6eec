package org.hspnavigator.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a request from the first segment of its path ({@code /ja/self-assessment}): the
 * language a page is written in is part of its address, so that a link keeps it and a cookie or a
 * browser setting never changes what a shared link shows. Other paths (the JSON API) are English.
 */
final class PathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int end = path.indexOf('/', 1);
        String segment = path.length() <= 1 ? "" : path.substring(1, end < 0 ? path.length() : end);
        return PageLanguage.ofTag(segment).orElse(PageLanguage.ENGLISH).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language of a page is chosen by its URL");
    }
}
