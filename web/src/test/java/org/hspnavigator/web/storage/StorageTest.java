package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hspnavigator.web.MovingClock;
import org.hspnavigator.web.account.AccountRepository;
import org.hspnavigator.web.account.Accounts;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.application.ApplicationRepository;
import org.hspnavigator.web.application.ApplicationStatus;
import org.hspnavigator.web.application.EventKind;
import org.hspnavigator.web.application.ProcedureKind;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.LoginLimits;
import org.hspnavigator.web.security.LoginThrottle;
import org.hspnavigator.web.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repositories, the migrations, the audit log's triggers and the backup, the same tests on SQLite
 * and on a real PostgreSQL ({@link SqliteStorageTest}, {@link PostgresqlStorageTest}).
 */
abstract class StorageTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-27T03:00:00Z"));
    protected Database database;
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private Ids ids;

    abstract Database.Kind kind();

    @BeforeEach
    void database() {
        database = TestDatabases.of(kind());
        dataSource = Backups.dataSource(database);
        new Migrations(database, dataSource).migrate();
        jdbc = JdbcClient.create(dataSource);
        ids = new Ids(clock);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void theMigrationsMakeExactlyTheTablesABackupCopies() throws Exception {
        TreeSet<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, kind() == Database.Kind.SQLITE ? null : "public",
                        "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        tables.remove(Tables.SCHEMA_HISTORY);
        assertThat(tables).isEqualTo(new TreeSet<>(Tables.IN_DEPENDENCY_ORDER.stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList()));
    }

    @Test
    void aSchemaNewerThanTheProgramIsRefusedWithTheVersionsInWords() {
        jdbc.sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, installed_on, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                + "'V99__from_the_future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, :success)").param("success", true).update();
        assertThatThrownBy(() -> new Migrations(database, dataSource).migrate())
                .isInstanceOf(Migrations.NewerSchemaException.class)
                .hasMessageContaining("schema version 99, newer than this version of HSP Navigator knows (5)");
    }

    @Test
    void theSqliteConnectionsHaveTheirSettings() throws Exception {
        if (kind() != Database.Kind.SQLITE) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(statement, "synchronous")).isEqualTo("2");
            assertThat(pragma(statement, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(statement, "busy_timeout")).isEqualTo(Integer.toString(Database.BUSY_TIMEOUT_MILLIS));
        }
        assertThat(database.poolSize(30)).as("one writer connection").isEqualTo(1);
    }

    private static String pragma(Statement statement, String name) throws Exception {
        try (ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void theAuditLogTakesEntriesButNeitherChangesNorDeletions() {
        AuditLog audit = new AuditLog(jdbc, ids, clock, GroupCommit.of(dataSource));
        audit.recordAccess("org", "user", null, AuditAction.LOGIN_SUCCEEDED, "192.0.2.1");
        assertThat(audit.entries("org", Optional.empty(), Optional.empty(), 10)).hasSize(1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET action = 'LOGIN_FAILED'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
        assertThat(audit.entries("org", Optional.empty(), Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void anotherOrganizationsScopeFindsNoneOfItsApplicantsOrFiles() {
        AccountRepository accounts = new AccountRepository(jdbc, ids, clock);
        String a = accounts.createOrganization("A");
        String b = accounts.createOrganization("B");
        ApplicantRepository applicants = new ApplicantRepository(jdbc, ids, clock);
        ApplicationRepository applications = new ApplicationRepository(jdbc, ids, clock);
        ApplicantScope scopeA = new ApplicantScope(a);
        ApplicantScope scopeB = new ApplicantScope(b);
        String applicant = applicants.create(scopeA, facts("Of A"));
        String snapshot = applicants.addSnapshot(applicant, LocalDate.of(2026, 1, 1), "{}", null).id();
        String file = applications.create(a, applicant, ProcedureKind.COE, Optional.empty(), Optional.empty());
        applications.addEvent(file, LocalDate.of(2026, 1, 2), EventKind.NOTE, Optional.empty(), Optional.empty(),
                Optional.of("note"), null);
        applications.mark(file, "document:photo", true, null);

        assertThat(applicants.find(scopeA, applicant)).isPresent();
        assertThat(applicants.find(scopeB, applicant)).isEmpty();
        assertThat(applicants.list(scopeB)).isEmpty();
        assertThat(applicants.snapshots(scopeB, applicant)).isEmpty();
        assertThat(applicants.deleteSnapshot(scopeB, applicant, snapshot)).isFalse();
        assertThat(applications.find(scopeB, file)).isEmpty();
        assertThat(applications.list(scopeB, Optional.empty())).isEmpty();
        assertThat(applications.events(scopeB, file)).isEmpty();
        assertThat(applications.events(scopeB)).isEmpty();
        assertThat(applications.marks(scopeB, file)).isEmpty();
        applicants.update(scopeB, applicant, facts("Renamed by B"));
        assertThat(applicants.find(scopeA, applicant).orElseThrow().name()).isEqualTo("Of A");
        assertThat(applicants.erase(scopeB, applicant)).isFalse();
        assertThat(applicants.find(scopeA, applicant)).isPresent();
        assertThat(applicants.find(scopeA, "not-an-id")).isEmpty();
    }

    @Test
    void erasingAnApplicantRemovesEverythingOfTheirsButTheAuditEntries() {
        String organization = new AccountRepository(jdbc, ids, clock).createOrganization("A");
        ApplicantScope scope = new ApplicantScope(organization);
        ApplicantRepository applicants = new ApplicantRepository(jdbc, ids, clock);
        ApplicationRepository applications = new ApplicationRepository(jdbc, ids, clock);
        String applicant = applicants.create(scope, facts("Erased"));
        applicants.addSnapshot(applicant, LocalDate.of(2026, 1, 1), "{}", null);
        applicants.addAssessment(applicant, LocalDate.of(2026, 1, 1), "2023-03-31", "test", Optional.empty(), "{}", null);
        String file = applications.create(organization, applicant, ProcedureKind.CHANGE, Optional.empty(), Optional.empty());
        applications.addEvent(file, LocalDate.of(2026, 1, 2), EventKind.STATUS_CHANGED,
                Optional.of(ApplicationStatus.PREPARING), Optional.of(ApplicationStatus.SUBMITTED), Optional.empty(), null);
        applications.mark(file, "document:photo", true, null);
        new AuditLog(jdbc, ids, clock, GroupCommit.of(dataSource))
                .record(new Caller("user", organization, Role.OWNER, Optional.empty()),
                        AuditAction.APPLICANT_READ, AuditLog.APPLICANT, applicant);

        assertThat(applicants.erase(scope, applicant)).isTrue();
        for (String table : List.of("applicant", "profile_snapshot", "assessment", "application_file",
                "application_event", "checklist_mark")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_id = :id").param("id", applicant)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStatusMovesOnlyFromTheStatusItHas() {
        String organization = new AccountRepository(jdbc, ids, clock).createOrganization("A");
        String applicant = new ApplicantRepository(jdbc, ids, clock).create(new ApplicantScope(organization), facts("X"));
        ApplicationRepository applications = new ApplicationRepository(jdbc, ids, clock);
        String file = applications.create(organization, applicant, ProcedureKind.EXTENSION, Optional.empty(), Optional.empty());
        assertThat(applications.changeStatus(file, ApplicationStatus.PREPARING, ApplicationStatus.SUBMITTED,
                Optional.of(LocalDate.of(2026, 11, 27)))).isTrue();
        assertThat(applications.changeStatus(file, ApplicationStatus.PREPARING, ApplicationStatus.WITHDRAWN,
                Optional.empty())).as("a second request with the old status").isFalse();
        var found = applications.find(new ApplicantScope(organization), file).orElseThrow();
        assertThat(found.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(found.filingDate()).contains(LocalDate.of(2026, 11, 27));
    }

    @Test
    void accountsAndTokensAreStoredHashed() throws Exception {
        AccountRepository repository = new AccountRepository(jdbc, ids, clock);
        Accounts accounts = new Accounts(repository, PasswordEncoderFactories.createDelegatingPasswordEncoder());
        String owner = accounts.createOwner("Office", " Owner@Example.test ", "a long passphrase here");
        var user = repository.userByEmail("owner@example.test").orElseThrow();
        assertThat(user.id()).isEqualTo(owner);
        assertThat(user.role()).isEqualTo(Role.OWNER);
        assertThat(repository.passwordHash(owner).orElseThrow()).startsWith("{bcrypt}").doesNotContain("passphrase");
        Accounts.NewToken token = accounts.createToken(user.organizationId(), owner, "ci");
        assertThat(jdbc.sql("SELECT token_hash FROM api_token").query(String.class).single())
                .isEqualTo(org.hspnavigator.web.security.Secrets.hash(token.token())).doesNotContain(token.token());
        assertThatThrownBy(() -> accounts.createOwner("Other", "owner@example.test", "another long passphrase"))
                .isInstanceOf(Accounts.RefusedException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> accounts.createOwner("Other", "second@example.test", "short"))
                .isInstanceOf(Accounts.RefusedException.class).hasMessageContaining("at least 12");
    }

    @Test
    void loginFailuresLockTheAccountForAWhileWithinTheWindow() {
        LoginThrottle throttle = new LoginThrottle(jdbc, new LoginLimits(3, 5, Duration.ofMinutes(15),
                Duration.ofMinutes(10)), clock);
        for (int i = 0; i < 2; i++) {
            throttle.failed("a@example.test", "192.0.2.1");
        }
        assertThat(throttle.lockedUntil("a@example.test", "192.0.2.9")).isEmpty();
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("a@example.test", "192.0.2.1");
        assertThat(throttle.lockedUntil("a@example.test", "192.0.2.9")).as("the window began anew").isEmpty();
        throttle.failed("A@example.test ", "192.0.2.1");
        throttle.failed("a@example.test", "192.0.2.2");
        assertThat(throttle.lockedUntil("a@example.test", "192.0.2.9")).isPresent();
        assertThat(throttle.lockedUntil("b@example.test", "192.0.2.9")).isEmpty();
        throttle.failed("c@example.test", "192.0.2.1");
        throttle.failed("d@example.test", "192.0.2.1");
        assertThat(throttle.lockedUntil("b@example.test", "192.0.2.1")).as("4 failures from the address").isEmpty();
        throttle.failed("e@example.test", "192.0.2.1");
        assertThat(throttle.lockedUntil("b@example.test", "192.0.2.1")).as("5 from the address").isPresent();
        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.lockedUntil("a@example.test", "192.0.2.9")).isEmpty();
        assertThat(jdbc.sql("SELECT throttle_key FROM login_throttle").query(String.class).list().toString())
                .doesNotContain("example.test").doesNotContain("192.0.2");
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseOfEitherKindTableForTable(@TempDir Path folder) throws Exception {
        fill();
        Map<String, List<List<Object>>> original = Backups.contents(database);
        Path backup = folder.resolve("backup.db");
        Map<String, Long> counts = Backups.backup(database, backup);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(Files.exists(backup)).isTrue();
        assertThatThrownBy(() -> Backups.backup(database, backup)).isInstanceOf(Backups.RefusedException.class);
        List<String> results = new ArrayList<>();
        for (Database.Kind kind : Database.Kind.values()) {
            Database restored = TestDatabases.of(kind);
            Backups.restore(backup, restored);
            Map<String, List<List<Object>>> copy = Backups.contents(restored);
            for (String table : Tables.IN_DEPENDENCY_ORDER) {
                assertThat(copy.get(table)).as(kind + " " + table).isEqualTo(original.get(table));
            }
            assertThatThrownBy(() -> Backups.restore(backup, restored)).isInstanceOf(Backups.RefusedException.class)
                    .hasMessageContaining("not empty");
            results.add(kind() + " -> " + kind + ": " + Tables.IN_DEPENDENCY_ORDER.size() + " tables, "
                    + original.values().stream().mapToInt(List::size).sum() + " rows, equal");
        }
        System.out.println("Backup round trip: " + String.join("; ", results));
    }

    /**
     * A backup taken while writers add applicants, each in one transaction with two snapshots, their two
     * assessments and an application file with its event: the backup holds every applicant acknowledged
     * before it began, each whole (never an applicant without its snapshots, a snapshot without its
     * assessment, a row without its parent), and restores into an empty database of either kind.
     */
    @Test
    void aBackupTakenWhileWritersWriteRestoresToAConsistentState(@TempDir Path folder) throws Exception {
        String organization = new AccountRepository(jdbc, ids, clock).createOrganization("Under load");
        ApplicantScope scope = new ApplicantScope(organization);
        ApplicantRepository applicants = new ApplicantRepository(jdbc, ids, clock);
        ApplicationRepository applications = new ApplicationRepository(jdbc, ids, clock);
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            running.add(writers.submit(() -> {
                while (!stop.get()) {
                    acknowledged.add(transactions.execute(status -> {
                        String applicant = applicants.create(scope, facts("Loaded " + acknowledged.size()));
                        for (int day = 1; day <= 2; day++) {
                            applicants.addSnapshot(applicant, LocalDate.of(2026, 1, day), "{}", null);
                            applicants.addAssessment(applicant, LocalDate.of(2026, 1, day), "2023-03-31", "v",
                                    Optional.empty(), "{}", null);
                        }
                        String file = applications.create(organization, applicant, ProcedureKind.CHANGE, Optional.empty(),
                                Optional.empty());
                        applications.addEvent(file, LocalDate.of(2026, 1, 3), EventKind.NOTE, Optional.empty(),
                                Optional.empty(), Optional.of("n"), null);
                        return applicant;
                    }));
                }
                return null;
            }));
        }
        List<String> before;
        Path backup = folder.resolve("under-load.db");
        try {
            while (acknowledged.size() < 30) {
                Thread.sleep(20);
            }
            before = List.copyOf(acknowledged);
            Backups.backup(database, backup);
        } finally {
            stop.set(true);
            writers.shutdown();
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        int after = acknowledged.size();
        Database copy = Database.sqliteFile(backup);
        List<String> problems = new ArrayList<>();
        List<String> inBackup;
        try (Connection connection = Backups.open(copy); Statement statement = connection.createStatement()) {
            problems.addAll(rows(statement, "PRAGMA foreign_key_check"));
            problems.addAll(rows(statement, "PRAGMA integrity_check").stream().filter(r -> !r.equals("ok")).toList());
            problems.addAll(rows(statement, "SELECT 'applicant ' || a.id || ' with ' || (SELECT COUNT(*) FROM "
                    + "profile_snapshot s WHERE s.applicant_id = a.id) || ' snapshots, ' || (SELECT COUNT(*) FROM assessment "
                    + "x WHERE x.applicant_id = a.id) || ' assessments, ' || (SELECT COUNT(*) FROM application_file f "
                    + "WHERE f.applicant_id = a.id) || ' files' FROM applicant a WHERE (SELECT COUNT(*) FROM profile_snapshot "
                    + "s WHERE s.applicant_id = a.id) <> 2 OR (SELECT COUNT(*) FROM assessment x WHERE x.applicant_id = a.id) "
                    + "<> 2 OR (SELECT COUNT(*) FROM application_file f WHERE f.applicant_id = a.id) <> 1"));
            problems.addAll(rows(statement, "SELECT 'file ' || f.id || ' without its event' FROM application_file f WHERE "
                    + "NOT EXISTS (SELECT 1 FROM application_event e WHERE e.application_id = f.id)"));
            inBackup = rows(statement, "SELECT id FROM applicant");
        }
        before.stream().filter(id -> !inBackup.contains(id)).forEach(id -> problems.add("acknowledged before the backup, "
                + "missing from it: " + id));
        inBackup.stream().filter(id -> !acknowledged.contains(id)).forEach(id -> problems.add("never acknowledged: " + id));
        for (Database.Kind kind : Database.Kind.values()) {
            Database restored = TestDatabases.of(kind);
            Map<String, Long> counts = Backups.restore(backup, restored);
            if (counts.get("applicant") != inBackup.size() || counts.get("profile_snapshot") != 2L * inBackup.size()) {
                problems.add("restored into " + kind + ": " + counts);
            }
        }
        System.out.printf("Backup under load (%s): %d applicants acknowledged before the backup began, %d in the backup, "
                + "%d when the writers stopped; problems: %d%n", kind(), before.size(), inBackup.size(), after, problems.size());
        assertThat(problems).isEmpty();
        assertThat(inBackup.size()).isBetween(before.size(), after);
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    /** A row in every table. */
    private void fill() {
        AccountRepository accounts = new AccountRepository(jdbc, ids, clock);
        String organization = accounts.createOrganization("Round trip");
        String user = accounts.createUser(organization, "owner@round.test", "{bcrypt}x", Role.OWNER);
        accounts.createToken(organization, user, "t", "hash-" + ids.next());
        ApplicantScope scope = new ApplicantScope(organization);
        String company = ids.next();
        jdbc.sql("INSERT INTO client_company (id, organization_id, name, created_at) VALUES (:id, :o, 'Client', 1)")
                .param("id", company).param("o", organization).update();
        ApplicantRepository applicants = new ApplicantRepository(jdbc, ids, clock);
        String applicant = applicants.create(scope, facts("Round trip ÅØ 日本"));
        applicants.addSnapshot(applicant, LocalDate.of(2026, 1, 1), "{\"birthDate\": \"1990-01-01\"}", user);
        applicants.addAssessment(applicant, LocalDate.of(2026, 1, 1), "2023-03-31", "v", Optional.of("ACADEMIC_RESEARCH"),
                "{}", user);
        ApplicationRepository applications = new ApplicationRepository(jdbc, ids, clock);
        String file = applications.create(organization, applicant, ProcedureKind.HSP_TWO, Optional.of(LocalDate.of(2026, 2, 1)),
                Optional.empty());
        applications.addEvent(file, LocalDate.of(2026, 2, 1), EventKind.NOTE, Optional.empty(), Optional.empty(),
                Optional.of("n"), user);
        applications.mark(file, "document:photo", true, user);
        applications.mark(file, "document:applicationForm", false, user);
        new AuditLog(jdbc, ids, clock, GroupCommit.of(dataSource))
                .recordAccess(organization, user, null, AuditAction.LOGIN_SUCCEEDED, "192.0.2.1");
        new LoginThrottle(jdbc, new LoginLimits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock)
                .failed("x@round.test", "192.0.2.1");
        jdbc.sql("INSERT INTO calendar_feed (id, user_id, secret_hash, created_at) VALUES (:id, :u, 'h', 1)")
                .param("id", ids.next()).param("u", user).update();
        String person = ids.next();
        jdbc.sql("INSERT INTO person (id, applicant_id, relation, name, birth_date, created_at) VALUES (:id, :a, 'SPOUSE', "
                + "'S', '1991-01-01', 1)").param("id", person).param("a", applicant).update();
        jdbc.sql("INSERT INTO person_status (id, person_id, effective_from, status_of_residence, period_of_stay_expiry, "
                + "residence_card_expiry, passport_expiry, recorded_at) VALUES (:id, :p, '2026-01-01', 'DEPENDENT', "
                + "'2027-01-01', '2027-01-01', '2030-01-01', 1)").param("id", ids.next()).param("p", person).update();
        jdbc.sql("INSERT INTO reminder_lead_time (organization_id, days_before) VALUES (:o, 30)").param("o", organization)
                .update();
        jdbc.sql("INSERT INTO reminder_sent (id, user_id, deadline_key, days_before, sent_at) VALUES (:id, :u, 'k', 30, 1)")
                .param("id", ids.next()).param("u", user).update();
        String session = ids.next();
        jdbc.sql("INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME, "
                + "MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME) VALUES (:p, :s, 1, 2, 3600, 4, :u)")
                .param("p", session).param("s", ids.next()).param("u", user).update();
        jdbc.sql("INSERT INTO SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) "
                + "VALUES (:p, 'a', :b)").param("p", session).param("b", new byte[] {0, 1, 2, (byte) 0xFF}).update();
    }

    private static ApplicantRepository.Facts facts(String name) {
        return new ApplicantRepository.Facts(name, Optional.of("ref"), Optional.of("{\"continuousSince\": \"2022-04-01\"}"),
                Optional.empty(), OptionalInt.of(2), Optional.of(LocalDate.of(2027, 4, 30)));
    }

}
