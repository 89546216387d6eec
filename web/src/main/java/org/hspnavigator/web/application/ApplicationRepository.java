package org.hspnavigator.web.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.storage.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of application files, their events and checklist marks. Every read goes through the
 * applicant with the caller's {@link ApplicantScope}; writes follow a scoped read.
 */
@Repository
public class ApplicationRepository {

    /** An application file. */
    public record Application(String id, String applicantId, ProcedureKind procedure, ApplicationStatus status,
            Optional<LocalDate> filingDate, Optional<LocalDate> periodOfStayExpiry, Instant createdAt, Instant updatedAt) {
    }

    /** A dated event of an application file. */
    public record Event(String id, String applicationId, LocalDate date, EventKind kind,
            Optional<ApplicationStatus> from, Optional<ApplicationStatus> to, Optional<String> note, Instant createdAt,
            Optional<String> createdBy) {
    }

    /** Whether a checklist item is collected, and when it was last marked. */
    public record Mark(String itemKey, boolean collected, Instant updatedAt, Optional<String> updatedBy) {
    }

    private static final String COLUMNS = "f.id, f.applicant_id, f.procedure_kind, f.status, f.filing_date, "
            + "f.period_of_stay_expiry, f.created_at, f.updated_at";
    private static final RowMapper<Application> APPLICATION = (row, n) -> new Application(row.getString("id"),
            row.getString("applicant_id"), ProcedureKind.valueOf(row.getString("procedure_kind")),
            ApplicationStatus.valueOf(row.getString("status")), date(row.getString("filing_date")),
            date(row.getString("period_of_stay_expiry")), Instant.ofEpochMilli(row.getLong("created_at")),
            Instant.ofEpochMilli(row.getLong("updated_at")));
    private static final RowMapper<Event> EVENT = (row, n) -> new Event(row.getString("id"), row.getString("application_id"),
            LocalDate.parse(row.getString("event_date")), EventKind.valueOf(row.getString("kind")),
            Optional.ofNullable(row.getString("status_from")).map(ApplicationStatus::valueOf),
            Optional.ofNullable(row.getString("status_to")).map(ApplicationStatus::valueOf),
            Optional.ofNullable(row.getString("note")), Instant.ofEpochMilli(row.getLong("created_at")),
            Optional.ofNullable(row.getString("created_by")));

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Clock clock;

    public ApplicationRepository(JdbcClient jdbc, Ids ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    public String create(String organizationId, String applicantId, ProcedureKind procedure,
            Optional<LocalDate> filingDate, Optional<LocalDate> expiry) {
        String id = ids.next();
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO application_file (id, organization_id, applicant_id, procedure_kind, status, filing_date,
                    period_of_stay_expiry, created_at, updated_at)
                VALUES (:id, :organization, :applicant, :procedure, :status, :filing, :expiry, :now, :now)""")
                .param("id", id).param("organization", organizationId).param("applicant", applicantId)
                .param("procedure", procedure.name()).param("status", ApplicationStatus.PREPARING.name())
                .params(dates(filingDate, expiry)).param("now", now).update();
        return id;
    }

    public Optional<Application> find(ApplicantScope scope, String id) {
        if (!Ids.isId(id)) {
            return Optional.empty();
        }
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM application_file f JOIN applicant a ON a.id = f.applicant_id "
                + "WHERE f.id = :id AND " + scope.condition("a"))).param("id", id).query(APPLICATION).optional();
    }

    /** The applications the scope sees, of one applicant when {@code applicantId} is given. */
    public List<Application> list(ApplicantScope scope, Optional<String> applicantId) {
        String sql = "SELECT " + COLUMNS + " FROM application_file f JOIN applicant a ON a.id = f.applicant_id WHERE "
                + scope.condition("a") + (applicantId.isPresent() ? " AND f.applicant_id = :applicant" : "") + " ORDER BY f.id";
        JdbcClient.StatementSpec statement = scope.bind(jdbc.sql(sql));
        if (applicantId.isPresent()) {
            statement = statement.param("applicant", applicantId.get());
        }
        return statement.query(APPLICATION).list();
    }

    public void updateDates(String id, Optional<LocalDate> filingDate, Optional<LocalDate> expiry) {
        jdbc.sql("UPDATE application_file SET filing_date = :filing, period_of_stay_expiry = :expiry, updated_at = :now WHERE id = :id")
                .params(dates(filingDate, expiry)).param("now", clock.millis()).param("id", id).update();
    }

    /**
     * Moves the application from {@code from} to {@code to}, only if it still has the status {@code from}
     * (two requests at once cannot both move it); returns whether it moved.
     */
    public boolean changeStatus(String id, ApplicationStatus from, ApplicationStatus to, Optional<LocalDate> filingDate) {
        return jdbc.sql("""
                UPDATE application_file SET status = :to, filing_date = :filing, updated_at = :now
                WHERE id = :id AND status = :from""")
                .param("to", to.name()).param("filing", filingDate.map(LocalDate::toString).orElse(null))
                .param("now", clock.millis()).param("id", id).param("from", from.name()).update() == 1;
    }

    public String addEvent(String applicationId, LocalDate date, EventKind kind, Optional<ApplicationStatus> from,
            Optional<ApplicationStatus> to, Optional<String> note, String userId) {
        String id = ids.next();
        jdbc.sql("""
                INSERT INTO application_event (id, application_id, event_date, kind, status_from, status_to, note,
                    created_at, created_by)
                VALUES (:id, :application, :date, :kind, :from, :to, :note, :now, :user)""")
                .param("id", id).param("application", applicationId).param("date", date.toString())
                .param("kind", kind.name()).param("from", from.map(Enum::name).orElse(null))
                .param("to", to.map(Enum::name).orElse(null)).param("note", note.orElse(null))
                .param("now", clock.millis()).param("user", userId).update();
        return id;
    }

    public List<Event> events(ApplicantScope scope, String applicationId) {
        return scope.bind(jdbc.sql("""
                SELECT e.id, e.application_id, e.event_date, e.kind, e.status_from, e.status_to, e.note, e.created_at,
                    e.created_by
                FROM application_event e JOIN application_file f ON f.id = e.application_id
                JOIN applicant a ON a.id = f.applicant_id
                WHERE e.application_id = :application AND\s""" + scope.condition("a") + " ORDER BY e.event_date, e.id"))
                .param("application", applicationId).query(EVENT).list();
    }

    /** Every event of the applications the scope sees (for the deadlines). */
    public List<Event> events(ApplicantScope scope) {
        return scope.bind(jdbc.sql("""
                SELECT e.id, e.application_id, e.event_date, e.kind, e.status_from, e.status_to, e.note, e.created_at,
                    e.created_by
                FROM application_event e JOIN application_file f ON f.id = e.application_id
                JOIN applicant a ON a.id = f.applicant_id
                WHERE\s""" + scope.condition("a") + " ORDER BY e.event_date, e.id"))
                .query(EVENT).list();
    }

    public List<Mark> marks(ApplicantScope scope, String applicationId) {
        return scope.bind(jdbc.sql("""
                SELECT m.item_key, m.collected, m.updated_at, m.updated_by
                FROM checklist_mark m JOIN application_file f ON f.id = m.application_id
                JOIN applicant a ON a.id = f.applicant_id
                WHERE m.application_id = :application AND\s""" + scope.condition("a") + " ORDER BY m.item_key"))
                .param("application", applicationId)
                .query((row, n) -> new Mark(row.getString("item_key"), row.getBoolean("collected"),
                        Instant.ofEpochMilli(row.getLong("updated_at")), Optional.ofNullable(row.getString("updated_by"))))
                .list();
    }

    public void mark(String applicationId, String itemKey, boolean collected, String userId) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("application", applicationId);
        values.put("key", itemKey);
        values.put("collected", collected);
        values.put("now", clock.millis());
        values.put("user", userId);
        int updated = jdbc.sql("""
                UPDATE checklist_mark SET collected = :collected, updated_at = :now, updated_by = :user
                WHERE application_id = :application AND item_key = :key""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO checklist_mark (application_id, item_key, collected, updated_at, updated_by)
                    VALUES (:application, :key, :collected, :now, :user)""").params(values).update();
        }
    }

    private static Map<String, Object> dates(Optional<LocalDate> filingDate, Optional<LocalDate> expiry) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("filing", filingDate.map(LocalDate::toString).orElse(null));
        values.put("expiry", expiry.map(LocalDate::toString).orElse(null));
        return values;
    }

    private static Optional<LocalDate> date(String text) {
        return Optional.ofNullable(text).map(LocalDate::parse);
    }
}
