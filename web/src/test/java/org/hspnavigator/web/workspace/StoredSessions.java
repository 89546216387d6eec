package org.hspnavigator.web.workspace;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The HTTP sessions as the database keeps them between requests, read for what must never be kept there. */
final class StoredSessions {

    private StoredSessions() {
    }

    /** How many stored session attributes hold {@code text} (in their serialized bytes). */
    static long attributesHolding(JdbcClient jdbc, String text) {
        return jdbc.sql("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES").query((row, n) -> row.getBytes(1))
                .list().stream().filter(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(text)).count();
    }
}
