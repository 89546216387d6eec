package org.hspnavigator.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security for the workspace's pages ({@link WorkspacePages}), a chain of its own ahead of the
 * API's: the same users, password check, throttle and database session as the API's login, but what a
 * browser expects of pages. A visitor without a login is sent to the login page of the page's language
 * (never a 401 problem), with the page asked for ({@link ReturnAddress}); the login form posts to
 * {@code /LANG/workspace/login} and lands on that page, else on the applicants; a failed one comes back
 * with {@code ?error} (or {@code ?throttled}), the page asked for, and the e-mail typed, kept in the
 * session for that one page rather than in the address, which the access log writes; logging out is a POST
 * that ends the session. Every form carries its CSRF token in the {@code _csrf} field; a POST without
 * it changes nothing: a logged-in user gets a 403, a visitor without a login the login page. The session is the API's: a browser logged in on the pages may call the
 * session API too, and API tokens stay the API's only.
 */
@Configuration(proxyBeanMethods = false)
public class WorkspacePageSecurity {

    /** The session's attribute that carries the e-mail of a failed login to the login page shown next. */
    public static final String TYPED_EMAIL = "hsp.login.typedEmail";
    /** The longest e-mail kept for the next login page: that of an address (RFC 5321's path limit). */
    private static final int LONGEST_EMAIL = 256;

    @Bean
    @Order(1)
    SecurityFilterChain workspacePages(HttpSecurity http, AuthenticationProvider passwordLogin) throws Exception {
        http
                .securityMatcher(PathPatternRequestMatcher.pathPattern(WorkspacePages.ALL))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.pathPattern(WorkspacePages.LOGIN)).permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(passwordLogin))
                .formLogin(login -> login
                        .loginPage("/en/workspace/login")
                        .loginProcessingUrl(WorkspacePages.LOGIN)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler((request, response, authentication) -> {
                            Optional<String> next = ReturnAddress.given(request);
                            if (next.isPresent()) {
                                response.sendRedirect(request.getContextPath() + next.get());
                            } else {
                                redirect(request, response, "/workspace/applicants");
                            }
                        })
                        .failureHandler((request, response, e) -> {
                            keepTypedEmail(request);
                            redirect(request, response,
                                    "/workspace/login?" + (e instanceof LoginThrottledException ? "throttled" : "error")
                                            + next("&", ReturnAddress.given(request)));
                        }))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, WorkspacePages.LOGOUT))
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .logoutSuccessHandler((request, response, authentication) ->
                                redirect(request, response, "/workspace/login?loggedOut")))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                response.sendRedirect(request.getContextPath() + WorkspacePages.loginOf(path(request))
                                        + next("?", ReturnAddress.askedFor(request))))
                        .accessDeniedHandler(WorkspacePageSecurity::denied))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /**
     * A form refused for its CSRF token: a visitor without a login (most often one whose session ended
     * while the form was open) is sent to the login page, having changed nothing; a logged-in user's
     * forged or stale form is a 403.
     */
    private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            response.sendRedirect(request.getContextPath() + WorkspacePages.loginOf(path(request)));
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** The login page's parameter of the page to return to, after {@code separator}; nothing without one. */
    private static String next(String separator, Optional<String> page) {
        return page.map(path -> separator + ReturnAddress.PARAMETER + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                .orElse("");
    }

    /** Keeps the e-mail of a failed login for the login page that follows, to be corrected, not typed again. */
    private static void keepTypedEmail(HttpServletRequest request) {
        String email = request.getParameter("email");
        if (email != null && !email.isBlank() && email.length() <= LONGEST_EMAIL) {
            request.getSession().setAttribute(TYPED_EMAIL, email.strip());
        }
    }

    /** Sends the browser to {@code rest} in the language of the request's page. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String rest) throws IOException {
        String login = WorkspacePages.loginOf(path(request));
        String language = login.substring(0, login.indexOf("/workspace/"));
        response.sendRedirect(request.getContextPath() + language + rest);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
