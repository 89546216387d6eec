package org.hspnavigator.web.security;

import java.util.Optional;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.system.UnauthorizedException;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller the {@link Caller} of the request: the user of the session or of the API token,
 * read anew from the database at this request, so that a disabled user's session or token stops at once
 * (401). For an API token that read is the token's own check ({@link TokenIntrospector}), made at this
 * request with the same conditions, and is not repeated.
 */
final class CallerResolver implements HandlerMethodArgumentResolver {

    private final AccountUsers users;

    CallerResolver(AccountUsers users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            throw new UnauthorizedException(Problem.of("unauthorized.noCaller"));
        }
        if (authentication instanceof BearerTokenAuthentication bearer
                && bearer.getTokenAttributes().get(TokenIntrospector.CALLER) instanceof Caller caller) {
            return caller;
        }
        Optional<String> token = authentication instanceof BearerTokenAuthentication bearer
                ? Optional.ofNullable((String) bearer.getTokenAttributes().get(TokenIntrospector.TOKEN_ID))
                : Optional.empty();
        return users.caller(authentication.getName(), token)
                .orElseThrow(() -> new UnauthorizedException(Problem.of("unauthorized.disabled")));
    }
}
