package org.hspnavigator.web.applicant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.JsonFields;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The work on applicants that the JSON API and the workspace's pages share: finding one in the caller's
 * scope, checking an applicant's facts with the rest of the case, adding an applicant, adding a snapshot
 * with its assessment, correcting one, changing an applicant's facts, and importing a batch CSV file. Each checks the caller's rights, refuses bad input
 * with an {@link InvalidRequestException} naming every problem at its path, and records the audit entry.
 */
@Service
public class Applicants {

    /** The fields of an applicant's facts. */
    public static final List<String> FIELDS = List.of("name", "reference", "residence", "household", "employerCategory",
            "periodOfStayExpiry");
    public static final int MAX_TEXT = 200;

    private final ApplicantRepository repository;
    private final ApplicantCases cases;
    private final Assessments assessments;
    private final ApplicantImport importer;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ReferenceDates referenceDates;
    private final MessageSource texts;
    private final SnapshotProfiles profiles;

    public Applicants(ApplicantRepository repository, ApplicantCases cases, Assessments assessments,
            ApplicantImport importer, AccessPolicy policy, AuditLog audit, TransactionTemplate transactions,
            ReferenceDates referenceDates, MessageSource texts, SnapshotProfiles profiles) {
        this.profiles = profiles;
        this.repository = repository;
        this.cases = cases;
        this.assessments = assessments;
        this.importer = importer;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
        this.referenceDates = referenceDates;
        this.texts = texts;
    }

    /** An applicant the caller sees; not found, exactly like an id that does not exist, otherwise. */
    public ApplicantRepository.Applicant found(Caller caller, String applicantId) {
        return repository.find(policy.applicants(caller), applicantId)
                .orElseThrow(() -> new NotFoundException(Problem.of("notFound.applicant", applicantId)));
    }

    /**
     * The facts of an applicant as JSON ({@link #FIELDS}), checked with the rest of the case
     * ({@code snapshots}, the stored profiles); {@code fields} and {@code violations} come from reading the
     * object, and the violations found here are added to them.
     */
    public ApplicantRepository.Facts facts(JsonNode node, JsonFields fields, List<Violation> violations,
            List<String> snapshots) {
        fields.requirePresent("name", "meaning.applicantName");
        String name = fields.text("name", MAX_TEXT).orElse(null);
        Optional<String> reference = fields.text("reference", MAX_TEXT);
        Optional<LocalDate> expiry = fields.date("periodOfStayExpiry");
        Optional<String> residence = part(node, "residence");
        Optional<String> household = part(node, "household");
        JsonNode category = node.get("employerCategory");
        ObjectNode caseDocument = ApplicantCases.document(residence, household, OptionalInt.empty(), snapshots);
        if (category != null && !category.isNull()) {
            caseDocument.set("employerCategory", category);
        }
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(cases.problems(caseDocument));
        if (!all.isEmpty()) {
            throw new InvalidRequestException(located(all, null));
        }
        OptionalInt employerCategory = category == null || category.isNull() ? OptionalInt.empty()
                : OptionalInt.of(category.intValue());
        return new ApplicantRepository.Facts(name.strip(), reference.map(String::strip), residence, household,
                employerCategory, expiry);
    }

    /** Adds an applicant of the caller's organization; returns its id. */
    public String create(Caller caller, ApplicantRepository.Facts facts) {
        policy.requireApplicantWork(caller);
        String id = repository.create(policy.applicants(caller), facts);
        audit.record(caller, AuditAction.APPLICANT_CREATED, AuditLog.APPLICANT, id);
        return id;
    }

    /**
     * Replaces the facts of an applicant the caller sees with those of {@code node} (read into {@code fields}
     * and {@code violations}), checked with the stored snapshots as {@link #facts} checks them.
     */
    public void update(Caller caller, String applicantId, JsonNode node, JsonFields fields, List<Violation> violations) {
        policy.requireApplicantWork(caller);
        ApplicantScope scope = policy.applicants(caller);
        found(caller, applicantId);
        List<String> snapshots = repository.snapshots(scope, applicantId).stream()
                .map(ApplicantRepository.Snapshot::profile).toList();
        repository.update(scope, applicantId, facts(node, fields, violations, snapshots));
        audit.record(caller, AuditAction.APPLICANT_UPDATED, AuditLog.APPLICANT, applicantId);
    }

    /** A snapshot just added or corrected and its stored assessment, as stored. */
    public record AddedSnapshot(ApplicantRepository.Snapshot snapshot, ApplicantRepository.StoredAssessment assessment) {
    }

    /**
     * Adds a profile snapshot to an applicant, checked with the rest of the case as {@code hsp pr} checks a
     * case, and stores its assessment; a problem of the snapshot is named at its path in {@code profile}.
     */
    public AddedSnapshot addSnapshot(Caller caller, String applicantId, JsonNode profile) {
        policy.requireApplicantWork(caller);
        ApplicantScope scope = policy.applicants(caller);
        ApplicantRepository.Applicant applicant = found(caller, applicantId);
        Profile read = checked(applicant, repository.snapshots(scope, applicantId), profile);
        AddedSnapshot added = transactions.execute(status -> {
            ApplicantRepository.Snapshot snapshot = repository.addSnapshot(applicantId, read.referenceDate(),
                    StrictJson.toText(profile), caller.userId());
            return new AddedSnapshot(snapshot, assessments.assessAndStore(applicantId, read, caller.userId()));
        });
        audit.record(caller, AuditAction.SNAPSHOT_ADDED, AuditLog.APPLICANT, applicantId);
        return added;
    }

    /**
     * Replaces a stored snapshot with a corrected profile (a figure typed wrong), checked exactly as
     * {@link #addSnapshot} checks a new one against the other snapshots of the case, so that it may not take
     * the date of another; stores the corrected profile's assessment beside the earlier ones, which stay in
     * the history as the assessments of a deleted snapshot do.
     */
    public AddedSnapshot correctSnapshot(Caller caller, String applicantId, String snapshotId, JsonNode profile) {
        policy.requireApplicantWork(caller);
        ApplicantScope scope = policy.applicants(caller);
        ApplicantRepository.Applicant applicant = found(caller, applicantId);
        List<ApplicantRepository.Snapshot> stored = repository.snapshots(scope, applicantId);
        List<ApplicantRepository.Snapshot> others = stored.stream().filter(s -> !s.id().equals(snapshotId)).toList();
        if (others.size() == stored.size()) {
            throw new NotFoundException(Problem.of("notFound.snapshot", snapshotId, applicantId));
        }
        Profile read = checked(applicant, others, profile);
        AddedSnapshot corrected = transactions.execute(status -> {
            ApplicantRepository.Snapshot snapshot = repository.correctSnapshot(scope, applicantId, snapshotId,
                    read.referenceDate(), StrictJson.toText(profile)).orElseThrow(
                            () -> new NotFoundException(Problem.of("notFound.snapshot", snapshotId, applicantId)));
            return new AddedSnapshot(snapshot, assessments.assessAndStore(applicantId, read, caller.userId()));
        });
        profiles.forget(snapshotId);
        audit.record(caller, AuditAction.SNAPSHOT_CORRECTED, AuditLog.APPLICANT, applicantId);
        return corrected;
    }

    /**
     * The profile read, once the case of the applicant's parts, {@code others} (the stored snapshots it sits
     * beside) and it as the last snapshot is valid; else refused with each problem of the profile at its path
     * in the profile.
     */
    private Profile checked(ApplicantRepository.Applicant applicant, List<ApplicantRepository.Snapshot> others,
            JsonNode profile) {
        // The stored snapshots' profiles as read before; the new one read from the body.
        SnapshotProfiles.Reading reading = profiles.reading(others);
        ObjectNode caseDocument = ApplicantCases.document(applicant.residence(), applicant.household(),
                applicant.employerCategory(), List.of());
        caseDocument.set("snapshots", reading.elements().add(profile));
        List<Violation> problems = cases.problems(caseDocument, reading.caseReader());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(located(problems, JsonPath.element("snapshots", others.size())));
        }
        List<Violation> ignored = new ArrayList<>();
        return new ProfileReader(referenceDates).read(profile, "", ignored).orElseThrow();
    }

    /** An applicant made by an import: its id, the line of its row and its name. */
    public record Imported(String id, long line, String name) {
    }

    /**
     * Imports a batch CSV file as applicants, all or nothing: each row an applicant named by its id cell,
     * else by its line as {@code language} writes it ("line 3", 「3 行目」), with the row's profile as first
     * snapshot and its assessment.
     *
     * @throws ApplicantImport.RefusedException with every error of the file, when any row is invalid
     */
    public List<Imported> importCsv(Caller caller, byte[] csv, long maxRows, Language language)
            throws ApplicantImport.RefusedException {
        policy.requireApplicantWork(caller);
        List<ApplicantImport.Row> rows = importer.read(csv, maxRows);
        ApplicantScope scope = policy.applicants(caller);
        List<Imported> made = transactions.execute(status -> {
            List<Imported> ids = new ArrayList<>();
            for (ApplicantImport.Row row : rows) {
                String name = shortened(row.id().isEmpty() ? texts.getMessage("ws.import.unnamedRow",
                        new Object[] {String.valueOf(row.line())}, language.bundleLocale()) : row.id());
                String id = repository.create(scope, new ApplicantRepository.Facts(name, Optional.empty(),
                        Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty()));
                repository.addSnapshot(id, row.profile().referenceDate(), StrictJson.toText(ProfileJson.write(row.profile())),
                        caller.userId());
                assessments.assessAndStore(id, row.profile(), caller.userId());
                ids.add(new Imported(id, row.line(), name));
            }
            return ids;
        });
        made.forEach(imported -> audit.record(caller, AuditAction.APPLICANT_CREATED, AuditLog.APPLICANT, imported.id()));
        return made;
    }

    private static String shortened(String name) {
        return name.length() <= MAX_TEXT ? name : name.substring(0, MAX_TEXT);
    }

    private static Optional<String> part(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(StrictJson.toText(value));
    }

    /**
     * The problems as the request's: those of the snapshot being added ({@code bodyPrefix}) at their path
     * in the body; those of the other parts of the stored case in the case ({@code in: "case"}).
     */
    static List<Problems.Located> located(List<Violation> violations, String bodyPrefix) {
        List<Problems.Located> located = new ArrayList<>();
        for (Violation violation : violations) {
            String path = violation.path();
            if (bodyPrefix == null) {
                located.add(Problems.Located.body(violation));
            } else if (path.equals(bodyPrefix)) {
                located.add(Problems.Located.body(new Violation("", violation.reason())));
            } else if (path.startsWith(bodyPrefix + ".")) {
                located.add(Problems.Located.body(new Violation(path.substring(bodyPrefix.length() + 1), violation.reason())));
            } else if (path.startsWith(bodyPrefix + "[")) {
                located.add(Problems.Located.body(new Violation(path.substring(bodyPrefix.length()), violation.reason())));
            } else {
                located.add(new Problems.Located("case", violation));
            }
        }
        return located;
    }
}
