package org.hspnavigator.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hspnavigator.web.system.PageLanguage;

/**
 * The workspace page a visitor asked for before the login page, to return to once logged in (the login
 * form's {@code next}). Only a path of this site's workspace pages is taken: a language, {@code /workspace},
 * then segments of letters, digits and {@code . _ ~ -} (the ids are UUIDs); never an address with a scheme
 * or a host ({@code https://evil.example}, {@code //evil.example}), a backslash, an encoded character, a query
 * or the login and logout pages themselves. Anything else is refused, and the login lands on the applicants:
 * a {@code next} that any link can set must not send a consultant to another site (an open redirect).
 * The query of the page asked for is not kept: a search of the applicants holds a name, and the address of
 * the login page is written to the access log.
 */
public final class ReturnAddress {

    /** The name of the login page's parameter and of its form's field. */
    public static final String PARAMETER = "next";

    private static final Pattern WORKSPACE_PAGE = Pattern.compile("/(?:"
            + Stream.of(PageLanguage.values()).map(language -> Pattern.quote(language.tag())).collect(Collectors.joining("|"))
            + ")/workspace(?:/[A-Za-z0-9._~-]+)*");
    private static final Pattern LOGIN_OR_LOGOUT = Pattern.compile("/[^/]+/workspace/log(?:in|out)/?");
    private static final int LONGEST = 300;

    private ReturnAddress() {
    }

    /** {@code candidate} if it is a workspace page of this site to return to, else empty. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.length() > LONGEST || !WORKSPACE_PAGE.matcher(candidate).matches()
                || LOGIN_OR_LOGOUT.matcher(candidate).matches() || candidate.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** The page a request asked for, to return to after the login: only a page read (GET), never a form sent. */
    static Optional<String> askedFor(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                ? of(request.getRequestURI().substring(request.getContextPath().length()))
                : Optional.empty();
    }

    /** The {@code next} parameter of a request, if it is an address to return to. */
    static Optional<String> given(HttpServletRequest request) {
        return of(request.getParameter(PARAMETER));
    }
}
