package org.hspnavigator.web.security;

import org.hspnavigator.formats.validation.Problem;
import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password, because the account or the address is locked for a while. */
public final class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super(Problem.of("unauthorized.throttled", retryAfterSeconds).english());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
