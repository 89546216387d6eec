package org.hspnavigator.web.storage;

import java.util.List;

/**
 * The tables of the schema, each after the tables it refers to: the order a restore fills them in. Every
 * table but Flyway's own history is here (a test compares this list with the migrated schema), so that a
 * backup and a restore miss nothing.
 */
public final class Tables {

    public static final List<String> IN_DEPENDENCY_ORDER = List.of(
            "organization", "client_company", "applicant", "app_user", "api_token", "calendar_feed", "login_throttle",
            "profile_snapshot", "assessment", "application_file", "application_event", "checklist_mark", "audit_event",
            "person", "person_status", "reminder_lead_time", "reminder_sent", "SPRING_SESSION",
            "SPRING_SESSION_ATTRIBUTES", "used_form_key");

    /** Flyway's history of the schema: made by the migrations of the database restored into, never copied. */
    public static final String SCHEMA_HISTORY = "flyway_schema_history";

    private Tables() {
    }
}
