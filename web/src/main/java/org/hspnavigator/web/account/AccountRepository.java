package org.hspnavigator.web.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.storage.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of organizations, users and API tokens; every statement names the organization it may touch. */
@Repository
public class AccountRepository {

    /** A user as stored (the password's hash stays here). */
    public record User(String id, String organizationId, String email, Role role, boolean enabled, Instant createdAt) {
    }

    /** An API token as stored (its hash stays here). */
    public record Token(String id, String userId, String name, Instant createdAt, Optional<Instant> lastUsedAt,
            Optional<Instant> revokedAt) {
    }

    private static final RowMapper<User> USER = (row, n) -> new User(row.getString("id"), row.getString("organization_id"),
            row.getString("email"), Role.valueOf(row.getString("role")), row.getBoolean("enabled"),
            Instant.ofEpochMilli(row.getLong("created_at")));
    private static final RowMapper<Token> TOKEN = (row, n) -> new Token(row.getString("id"), row.getString("user_id"),
            row.getString("name"), Instant.ofEpochMilli(row.getLong("created_at")), instant(row.getObject("last_used_at")),
            instant(row.getObject("revoked_at")));
    private static final String USER_COLUMNS = "id, organization_id, email, role, enabled, created_at";
    private static final String TOKEN_COLUMNS = "id, user_id, name, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Clock clock;

    public AccountRepository(JdbcClient jdbc, Ids ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    public String createOrganization(String name) {
        String id = ids.next();
        jdbc.sql("INSERT INTO organization (id, name, created_at) VALUES (:id, :name, :now)")
                .param("id", id).param("name", name).param("now", clock.millis()).update();
        return id;
    }

    public Optional<String> organizationName(String organizationId) {
        return jdbc.sql("SELECT name FROM organization WHERE id = :id").param("id", organizationId)
                .query(String.class).optional();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = :email").param("email", email)
                .query(Long.class).single() > 0;
    }

    public String createUser(String organizationId, String email, String passwordHash, Role role) {
        String id = ids.next();
        jdbc.sql("""
                INSERT INTO app_user (id, organization_id, email, password_hash, role, enabled, created_at)
                VALUES (:id, :organization, :email, :hash, :role, :enabled, :now)""")
                .param("id", id).param("organization", organizationId).param("email", email).param("hash", passwordHash)
                .param("role", role.name()).param("enabled", true).param("now", clock.millis()).update();
        return id;
    }

    public Optional<User> userByEmail(String email) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE email = :email").param("email", email)
                .query(USER).optional();
    }

    public Optional<User> user(String organizationId, String userId) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE id = :id AND organization_id = :organization")
                .param("id", userId).param("organization", organizationId).query(USER).optional();
    }

    public List<User> users(String organizationId) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE organization_id = :organization ORDER BY id")
                .param("organization", organizationId).query(USER).list();
    }

    public long enabledOwners(String organizationId) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE organization_id = :organization AND role = :role AND enabled = :enabled")
                .param("organization", organizationId).param("role", Role.OWNER.name()).param("enabled", true)
                .query(Long.class).single();
    }

    public void update(String organizationId, String userId, Role role, boolean enabled) {
        jdbc.sql("UPDATE app_user SET role = :role, enabled = :enabled WHERE id = :id AND organization_id = :organization")
                .param("role", role.name()).param("enabled", enabled).param("id", userId)
                .param("organization", organizationId).update();
    }

    public Optional<String> passwordHash(String userId) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", userId)
                .query(String.class).optional();
    }

    public void setPasswordHash(String userId, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id").param("hash", passwordHash)
                .param("id", userId).update();
    }

    public String createToken(String organizationId, String userId, String name, String tokenHash) {
        String id = ids.next();
        jdbc.sql("""
                INSERT INTO api_token (id, organization_id, user_id, name, token_hash, created_at)
                VALUES (:id, :organization, :user, :name, :hash, :now)""")
                .param("id", id).param("organization", organizationId).param("user", userId).param("name", name)
                .param("hash", tokenHash).param("now", clock.millis()).update();
        return id;
    }

    /** The organization's tokens, or one user's when {@code userId} is given. */
    public List<Token> tokens(String organizationId, Optional<String> userId) {
        String sql = "SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE organization_id = :organization"
                + (userId.isPresent() ? " AND user_id = :user" : "") + " ORDER BY id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("organization", organizationId);
        if (userId.isPresent()) {
            statement = statement.param("user", userId.get());
        }
        return statement.query(TOKEN).list();
    }

    public Optional<Token> token(String organizationId, String tokenId) {
        return jdbc.sql("SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE id = :id AND organization_id = :organization")
                .param("id", tokenId).param("organization", organizationId).query(TOKEN).optional();
    }

    public void revokeToken(String organizationId, String tokenId) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND organization_id = :organization AND revoked_at IS NULL")
                .param("now", clock.millis()).param("id", tokenId).param("organization", organizationId).update();
    }

    private static Optional<Instant> instant(Object millis) {
        return millis == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(((Number) millis).longValue()));
    }
}
