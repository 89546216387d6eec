package org.hspnavigator.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Writes a session attribute that is new to the request as an insert that updates the row if another
 * request wrote it first, in SQLite and PostgreSQL alike. Why: each request of a session reads the
 * session at its start and writes back its changes at its end; when two requests sent at once (a
 * double click, a form sent again before its answer came) each add the same attribute (the flash
 * message of a redirect), Spring Session's plain insert of the second fails on the primary key, and
 * that request's answer would be an internal error instead of its page. The last writer wins, as it
 * does for an attribute both change.
 */
@Configuration(proxyBeanMethods = false)
public class SessionAttributeUpserts {

    private static final String CREATE_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertingSessionAttributes() {
        return repository -> repository.setCreateSessionAttributeQuery(CREATE_ATTRIBUTE);
    }
}
