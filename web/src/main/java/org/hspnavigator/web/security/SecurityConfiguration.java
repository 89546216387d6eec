package org.hspnavigator.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.system.JsonResponses;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spring Security for the server, in one chain:
 * <ul>
 * <li>the {@link PublicRoutes} are open; every other route needs a login or an API token;</li>
 * <li>form login at {@code POST /api/v1/login} ({@code email}, {@code password}) with a session kept in
 * the database (Spring Session JDBC, cookie {@code SESSION}: HttpOnly, SameSite=Lax, Secure behind
 * HTTPS), its id changed at login; {@code POST /api/v1/logout} ends it;</li>
 * <li>CSRF tokens on every state-changing request of a session (the token of {@code GET /api/v1/csrf}
 * in the {@code X-CSRF-TOKEN} header or the {@code _csrf} form field); requests with
 * {@code Authorization: Bearer} carry no cookie and need none;</li>
 * <li>API tokens through Spring Security's bearer-token filter and {@link TokenIntrospector};</li>
 * <li>passwords through the delegating encoder (bcrypt), logins behind the {@link LoginThrottle};</li>
 * <li>headers: a Content-Security-Policy without inline scripts, frame-ancestors 'none', nosniff, no
 * referrer, and HSTS on HTTPS requests;</li>
 * <li>Micrometer's observations of the filters, authentications and authorizations only when
 * {@code hsp.observations.enabled} is true.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /**
     * Scripts and everything else from the server itself only; Swagger UI sets styles inline, which
     * cannot run code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring Security's observations, off unless {@code hsp.observations.enabled}: when on, each filter of
     * the chain runs wrapped in an observation, and nothing reads them unless metrics are exported.
     * Decided when the server starts, not at build time, as the ahead-of-time processing fixes which beans
     * exist but not their settings.
     */
    @Bean
    SecurityObservationSettings securityObservations(@Value("${hsp.observations.enabled:false}") boolean enabled) {
        return enabled ? SecurityObservationSettings.withDefaults().build() : SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The one way to log in with a password: the throttle, then Spring Security's check. As the only
     * authentication provider, it also keeps Spring Boot from making a user with a generated password.
     */
    @Bean
    AuthenticationProvider passwordLogin(AccountUsers users, LoginThrottle throttle, AuditLog audit,
            PasswordEncoder encoder, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(passwords, throttle, users, audit, clock);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProblems problems, TokenIntrospector tokens,
            AccountUsers users, AuthenticationProvider passwordLogin,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        RequestMatcher bearer = request -> {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        };
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PublicRoutes.all()).permitAll()
                        .requestMatchers(new UnknownPages(mappings)).permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(passwordLogin))
                .formLogin(login -> login
                        .loginPage("/api/v1/login")
                        .loginProcessingUrl("/api/v1/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler((request, response, authentication) -> loggedIn(response, authentication, users))
                        .failureHandler(problems))
                .logout(logout -> logout
                        .logoutUrl("/api/v1/logout")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .logoutSuccessHandler((request, response, authentication) -> response.setStatus(204)))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(PublicRoutes.withoutCsrf(), bearer))
                .oauth2ResourceServer(resource -> resource
                        .opaqueToken(opaque -> opaque.authenticationManager(
                                new ProviderManager(new OpaqueTokenAuthenticationProvider(tokens))))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** The answer of a login: the user, the organization and the role, as JSON (no redirect: the API is its client). */
    private static void loggedIn(HttpServletResponse response, Authentication authentication, AccountUsers users)
            throws IOException {
        ObjectNode body = StrictJson.nodes().objectNode();
        body.put("userId", authentication.getName());
        users.organizationOf(authentication.getName()).ifPresent(organization -> body.put("organizationId", organization));
        body.put("role", authentication.getAuthorities().iterator().next().getAuthority().substring("ROLE_".length()));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(JsonResponses.bytes(body));
    }

    /** Controllers name the {@link Caller} of a request as a parameter. */
    @Bean
    WebMvcConfigurer callerParameters(AccountUsers users) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerResolver(users));
            }
        };
    }
}
