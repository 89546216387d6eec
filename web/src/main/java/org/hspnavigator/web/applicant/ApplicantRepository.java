package org.hspnavigator.web.applicant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.storage.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of applicants, their snapshots and their assessments. Every statement that reads or removes a
 * row carries the caller's {@link ApplicantScope}, joined through the applicant, so that another
 * organization's rows are never found; inserts follow a scoped read of the applicant.
 */
@Repository
public class ApplicantRepository {

    /** An applicant's own row. */
    public record Applicant(String id, String organizationId, String name, Optional<String> reference,
            Optional<String> residence, Optional<String> household, OptionalInt employerCategory,
            Optional<LocalDate> periodOfStayExpiry, Instant createdAt, Instant updatedAt) {
    }

    /** The facts of an applicant that the API sets. */
    public record Facts(String name, Optional<String> reference, Optional<String> residence, Optional<String> household,
            OptionalInt employerCategory, Optional<LocalDate> periodOfStayExpiry) {
    }

    /** A profile snapshot: the profile JSON as it was given, from its reference date on. */
    public record Snapshot(String id, String applicantId, LocalDate referenceDate, String profile, Instant createdAt,
            Optional<String> createdBy) {
    }

    /** An assessment made: the assessment JSON of {@code hsp score --json}, and what it was made with. */
    public record StoredAssessment(String id, String applicantId, LocalDate assessedOn, String ruleSet,
            String engineVersion, Optional<String> bestCategory, String document, Instant createdAt,
            Optional<String> createdBy) {
    }

    private static final String APPLICANT_COLUMNS = "a.id, a.organization_id, a.name, a.reference, a.residence, a.household, "
            + "a.employer_category, a.period_of_stay_expiry, a.created_at, a.updated_at";
    private static final RowMapper<Applicant> APPLICANT = (row, n) -> new Applicant(row.getString("id"),
            row.getString("organization_id"), row.getString("name"), Optional.ofNullable(row.getString("reference")),
            Optional.ofNullable(row.getString("residence")), Optional.ofNullable(row.getString("household")),
            row.getObject("employer_category") == null ? OptionalInt.empty()
                    : OptionalInt.of(((Number) row.getObject("employer_category")).intValue()),
            Optional.ofNullable(row.getString("period_of_stay_expiry")).map(LocalDate::parse),
            Instant.ofEpochMilli(row.getLong("created_at")), Instant.ofEpochMilli(row.getLong("updated_at")));
    private static final RowMapper<Snapshot> SNAPSHOT = (row, n) -> new Snapshot(row.getString("id"),
            row.getString("applicant_id"), LocalDate.parse(row.getString("reference_date")), row.getString("profile"),
            Instant.ofEpochMilli(row.getLong("created_at")), Optional.ofNullable(row.getString("created_by")));
    private static final RowMapper<StoredAssessment> ASSESSMENT = (row, n) -> new StoredAssessment(row.getString("id"),
            row.getString("applicant_id"), LocalDate.parse(row.getString("assessed_on")), row.getString("rule_set"),
            row.getString("engine_version"), Optional.ofNullable(row.getString("best_category")),
            row.getString("document"), Instant.ofEpochMilli(row.getLong("created_at")),
            Optional.ofNullable(row.getString("created_by")));

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Clock clock;

    public ApplicantRepository(JdbcClient jdbc, Ids ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    public String create(ApplicantScope scope, Facts facts) {
        String id = ids.next();
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO applicant (id, organization_id, name, reference, residence, household, employer_category,
                    period_of_stay_expiry, created_at, updated_at)
                VALUES (:id, :organization, :name, :reference, :residence, :household, :employerCategory, :expiry,
                    :now, :now)""")
                .param("id", id).param("organization", scope.organizationId()).params(factParameters(facts))
                .param("now", now).update();
        return id;
    }

    public Optional<Applicant> find(ApplicantScope scope, String id) {
        if (!Ids.isId(id)) {
            return Optional.empty();
        }
        return scope.bind(jdbc.sql("SELECT " + APPLICANT_COLUMNS + " FROM applicant a WHERE a.id = :id AND "
                + scope.condition("a"))).param("id", id).query(APPLICANT).optional();
    }

    public List<Applicant> list(ApplicantScope scope) {
        return scope.bind(jdbc.sql("SELECT " + APPLICANT_COLUMNS + " FROM applicant a WHERE " + scope.condition("a")
                + " ORDER BY a.id")).query(APPLICANT).list();
    }

    /**
     * A page of the applicants, in the order of their ids (the order they were added): at most {@code limit},
     * those after the id {@code after} when given.
     */
    public List<Applicant> page(ApplicantScope scope, Optional<String> after, int limit) {
        JdbcClient.StatementSpec statement = scope.bind(jdbc.sql("SELECT " + APPLICANT_COLUMNS + " FROM applicant a WHERE "
                + scope.condition("a") + (after.isPresent() ? " AND a.id > :after" : "") + " ORDER BY a.id LIMIT :limit"))
                .param("limit", limit);
        if (after.isPresent()) {
            statement = statement.param("after", after.get());
        }
        return statement.query(APPLICANT).list();
    }

    public void update(ApplicantScope scope, String id, Facts facts) {
        scope.bind(jdbc.sql("""
                UPDATE applicant SET name = :name, reference = :reference, residence = :residence,
                    household = :household, employer_category = :employerCategory, period_of_stay_expiry = :expiry,
                    updated_at = :now
                WHERE id = :id AND id IN (SELECT a.id FROM applicant a WHERE\s""" + scope.condition("a") + ")"))
                .param("id", id).params(factParameters(facts)).param("now", clock.millis()).update();
    }

    /** Removes the applicant and, through the schema's cascades, everything of theirs. */
    public boolean erase(ApplicantScope scope, String id) {
        return scope.bind(jdbc.sql("DELETE FROM applicant WHERE id = :id AND id IN (SELECT a.id FROM applicant a WHERE "
                + scope.condition("a") + ")")).param("id", id).update() == 1;
    }

    public List<Snapshot> snapshots(ApplicantScope scope, String applicantId) {
        return scope.bind(jdbc.sql("""
                SELECT s.id, s.applicant_id, s.reference_date, s.profile, s.created_at, s.created_by
                FROM profile_snapshot s JOIN applicant a ON a.id = s.applicant_id
                WHERE s.applicant_id = :applicant AND\s""" + scope.condition("a") + " ORDER BY s.reference_date"))
                .param("applicant", applicantId).query(SNAPSHOT).list();
    }

    /** Stores a snapshot; returns it as a read of it would, so that the answer needs no second read. */
    public Snapshot addSnapshot(String applicantId, LocalDate referenceDate, String profile, String userId) {
        String id = ids.next();
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO profile_snapshot (id, applicant_id, reference_date, profile, created_at, created_by)
                VALUES (:id, :applicant, :date, :profile, :now, :user)""")
                .param("id", id).param("applicant", applicantId).param("date", referenceDate.toString())
                .param("profile", profile).param("now", now).param("user", userId).update();
        touch(applicantId);
        return new Snapshot(id, applicantId, referenceDate, profile, Instant.ofEpochMilli(now), Optional.ofNullable(userId));
    }

    /**
     * Replaces a snapshot's date and profile, keeping its id and who made it when; empty when the applicant
     * the caller sees has no such snapshot.
     */
    public Optional<Snapshot> correctSnapshot(ApplicantScope scope, String applicantId, String snapshotId,
            LocalDate referenceDate, String profile) {
        if (!Ids.isId(snapshotId)) {
            return Optional.empty();
        }
        boolean corrected = scope.bind(jdbc.sql("""
                UPDATE profile_snapshot SET reference_date = :date, profile = :profile
                WHERE id = :id AND applicant_id = :applicant
                AND applicant_id IN (SELECT a.id FROM applicant a WHERE\s""" + scope.condition("a") + ")"))
                .param("date", referenceDate.toString()).param("profile", profile)
                .param("id", snapshotId).param("applicant", applicantId).update() == 1;
        if (!corrected) {
            return Optional.empty();
        }
        touch(applicantId);
        return snapshots(scope, applicantId).stream().filter(s -> s.id().equals(snapshotId)).findFirst();
    }

    public boolean deleteSnapshot(ApplicantScope scope, String applicantId, String snapshotId) {
        if (!Ids.isId(snapshotId)) {
            return false;
        }
        boolean deleted = scope.bind(jdbc.sql("""
                DELETE FROM profile_snapshot WHERE id = :id AND applicant_id = :applicant
                AND applicant_id IN (SELECT a.id FROM applicant a WHERE\s""" + scope.condition("a") + ")"))
                .param("id", snapshotId).param("applicant", applicantId).update() == 1;
        if (deleted) {
            touch(applicantId);
        }
        return deleted;
    }

    /** Stores an assessment; returns it as a read of it would, so that the answer needs no second read. */
    public StoredAssessment addAssessment(String applicantId, LocalDate assessedOn, String ruleSet, String engineVersion,
            Optional<String> bestCategory, String document, String userId) {
        String id = ids.next();
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO assessment (id, applicant_id, assessed_on, rule_set, engine_version, best_category, document,
                    created_at, created_by)
                VALUES (:id, :applicant, :date, :ruleSet, :version, :best, :document, :now, :user)""")
                .param("id", id).param("applicant", applicantId).param("date", assessedOn.toString())
                .param("ruleSet", ruleSet).param("version", engineVersion).param("best", bestCategory.orElse(null))
                .param("document", document).param("now", now).param("user", userId).update();
        return new StoredAssessment(id, applicantId, assessedOn, ruleSet, engineVersion, bestCategory, document,
                Instant.ofEpochMilli(now), Optional.ofNullable(userId));
    }

    public List<StoredAssessment> assessments(ApplicantScope scope, String applicantId) {
        return scope.bind(jdbc.sql("""
                SELECT s.id, s.applicant_id, s.assessed_on, s.rule_set, s.engine_version, s.best_category, s.document,
                    s.created_at, s.created_by
                FROM assessment s JOIN applicant a ON a.id = s.applicant_id
                WHERE s.applicant_id = :applicant AND\s""" + scope.condition("a") + " ORDER BY s.id"))
                .param("applicant", applicantId).query(ASSESSMENT).list();
    }

    /**
     * A page of the applicant's assessments, in the order of their ids (the order they were made): at most
     * {@code limit}, those after the id {@code after} when given.
     */
    public List<StoredAssessment> assessmentPage(ApplicantScope scope, String applicantId, Optional<String> after,
            int limit) {
        JdbcClient.StatementSpec statement = scope.bind(jdbc.sql("""
                SELECT s.id, s.applicant_id, s.assessed_on, s.rule_set, s.engine_version, s.best_category, s.document,
                    s.created_at, s.created_by
                FROM assessment s JOIN applicant a ON a.id = s.applicant_id
                WHERE s.applicant_id = :applicant AND\s""" + scope.condition("a")
                + (after.isPresent() ? " AND s.id > :after" : "") + " ORDER BY s.id LIMIT :limit"))
                .param("applicant", applicantId).param("limit", limit);
        if (after.isPresent()) {
            statement = statement.param("after", after.get());
        }
        return statement.query(ASSESSMENT).list();
    }

    private void touch(String applicantId) {
        jdbc.sql("UPDATE applicant SET updated_at = :now WHERE id = :id").param("now", clock.millis())
                .param("id", applicantId).update();
    }

    private static java.util.Map<String, Object> factParameters(Facts facts) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("name", facts.name());
        parameters.put("reference", facts.reference().orElse(null));
        parameters.put("residence", facts.residence().orElse(null));
        parameters.put("household", facts.household().orElse(null));
        parameters.put("employerCategory", facts.employerCategory().isPresent() ? facts.employerCategory().getAsInt() : null);
        parameters.put("expiry", facts.periodOfStayExpiry().map(LocalDate::toString).orElse(null));
        return parameters;
    }
}
