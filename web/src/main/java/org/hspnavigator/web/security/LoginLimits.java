package org.hspnavigator.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins lock an account or a client address, within which period, and for how long
 * ({@code hsp.login.*}, or {@code HSP_LOGIN_...} environment variables).
 *
 * @param maxAccountFailures failures of one account that lock it
 * @param maxAddressFailures failures from one address (any accounts) that lock it
 * @param window             the period the failures are counted in
 * @param lockout            how long a lock lasts
 */
@ConfigurationProperties("hsp.login")
public record LoginLimits(
        @DefaultValue("5") int maxAccountFailures,
        @DefaultValue("20") int maxAddressFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockout) {
}
