package org.hspnavigator.web.security;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login of a user by e-mail and password: Spring Security's own check of the password (with its
 * delegating encoder), behind the {@link LoginThrottle}, every outcome in the audit log.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountUsers users;
    private final AuditLog audit;
    private final Clock clock;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, AccountUsers users, AuditLog audit,
            Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String email = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Optional<String[]> account = users.userAndOrganizationByEmail(email);
        String userId = account.map(a -> a[0]).orElse(null);
        String organizationId = account.map(a -> a[1]).orElse(null);
        OptionalLong lockedUntil = throttle.lockedUntil(email, address);
        if (lockedUntil.isPresent()) {
            audit.recordAccess(organizationId, userId, null, AuditAction.LOGIN_THROTTLED, address);
            long seconds = Math.max(1, (lockedUntil.getAsLong() - clock.millis() + 999) / 1000);
            throw new LoginThrottledException(seconds);
        }
        try {
            Authentication authenticated = passwords.authenticate(login);
            throttle.succeeded(email);
            audit.recordAccess(organizationId, userId, null, AuditAction.LOGIN_SUCCEEDED, address);
            return authenticated;
        } catch (AuthenticationException e) {
            throttle.failed(email, address);
            audit.recordAccess(organizationId, userId, null, AuditAction.LOGIN_FAILED, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
