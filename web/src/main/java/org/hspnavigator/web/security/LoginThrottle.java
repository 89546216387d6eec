package org.hspnavigator.web.security;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in the database, so that every instance of
 * the server counts the same, and locks either for a while once it reaches its limit
 * ({@link LoginLimits}). Keys are SHA-256 hashes: the table holds neither e-mails nor addresses. An
 * account that does not exist is counted like one that does, so the answers never tell them apart.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final LoginLimits limits;
    private final Clock clock;

    public LoginThrottle(JdbcClient jdbc, LoginLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    /** The end of the lock on the account or the address, in milliseconds, when either is locked now. */
    public OptionalLong lockedUntil(String email, String address) {
        long now = clock.millis();
        List<Long> locks = jdbc.sql("""
                SELECT locked_until FROM login_throttle
                WHERE throttle_key IN (:account, :address) AND locked_until IS NOT NULL AND locked_until > :now""")
                .param("account", accountKey(email))
                .param("address", addressKey(address))
                .param("now", now)
                .query(Long.class).list();
        return locks.stream().mapToLong(Long::longValue).max();
    }

    /** Counts a failure against both. */
    public void failed(String email, String address) {
        count(accountKey(email), limits.maxAccountFailures());
        count(addressKey(address), limits.maxAddressFailures());
    }

    /** A successful login clears the account's failures (not the address's: another account may be under attack). */
    public void succeeded(String email) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", accountKey(email)).update();
    }

    private void count(String key, int max) {
        try {
            countOnce(key, max);
        } catch (DuplicateKeyException concurrentFirstFailure) {
            // Another instance counted this key's first failure at the same moment: count on its row.
            countOnce(key, max);
        }
    }

    private void countOnce(String key, int max) {
        long now = clock.millis();
        List<long[]> rows = jdbc.sql("SELECT failures, window_start FROM login_throttle WHERE throttle_key = :key")
                .param("key", key)
                .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).list();
        boolean fresh = rows.isEmpty() || now - rows.get(0)[1] >= limits.window().toMillis();
        long failures = fresh ? 1 : rows.get(0)[0] + 1;
        long windowStart = fresh ? now : rows.get(0)[1];
        Long lockedUntil = failures >= max ? now + limits.lockout().toMillis() : null;
        if (rows.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until)
                    VALUES (:key, :failures, :start, :locked)""")
                    .param("key", key).param("failures", failures).param("start", windowStart).param("locked", lockedUntil)
                    .update();
        } else {
            jdbc.sql("""
                    UPDATE login_throttle SET failures = :failures, window_start = :start, locked_until = :locked
                    WHERE throttle_key = :key""")
                    .param("key", key).param("failures", failures).param("start", windowStart).param("locked", lockedUntil)
                    .update();
        }
    }

    private static String accountKey(String email) {
        return "account:" + Secrets.hash(AccountUsers.normalizedEmail(email));
    }

    private static String addressKey(String address) {
        return "address:" + Secrets.hash(address == null ? "" : address);
    }
}
