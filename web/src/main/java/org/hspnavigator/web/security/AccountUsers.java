package org.hspnavigator.web.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users as Spring Security sees them: found by e-mail at login, named by their id afterwards (so
 * that the session, its table and every log keep an id, never the e-mail); and the {@link Caller} of a
 * request, read anew from the database at every request.
 */
@Component
public class AccountUsers {

    private final JdbcClient jdbc;

    public AccountUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The e-mail as it is stored: without surrounding spaces, in lower case. */
    public static String normalizedEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The user with this e-mail, for Spring Security's check of the password. Not a
     * {@code UserDetailsService} bean: Spring Security would then also check passwords around the
     * {@link LoginThrottle}.
     */
    public UserDetails loadUserByUsername(String email) {
        List<UserDetails> found = jdbc.sql("SELECT id, password_hash, role, enabled FROM app_user WHERE email = :email")
                .param("email", normalizedEmail(email))
                .query((row, n) -> User.withUsername(row.getString("id"))
                        .password(row.getString("password_hash"))
                        .disabled(!row.getBoolean("enabled"))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + row.getString("role"))))
                        .build())
                .list();
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no such account");
        }
        return found.get(0);
    }

    /** The organization of a user, for the audit of a login. */
    public Optional<String> organizationOf(String userId) {
        return jdbc.sql("SELECT organization_id FROM app_user WHERE id = :id").param("id", userId)
                .query(String.class).optional();
    }

    /** The organization of the user with an e-mail, for the audit of a failed login. */
    public Optional<String[]> userAndOrganizationByEmail(String email) {
        return jdbc.sql("SELECT id, organization_id FROM app_user WHERE email = :email")
                .param("email", normalizedEmail(email))
                .query((row, n) -> new String[] {row.getString("id"), row.getString("organization_id")}).optional();
    }

    /** The caller for an enabled user, as the database has them now; empty for a disabled or unknown one. */
    public Optional<Caller> caller(String userId, Optional<String> tokenId) {
        return jdbc.sql("SELECT organization_id, role FROM app_user WHERE id = :id AND enabled = :enabled")
                .param("id", userId)
                .param("enabled", true)
                .query((row, n) -> new Caller(userId, row.getString("organization_id"), Role.valueOf(row.getString("role")),
                        tokenId))
                .optional();
    }
}
