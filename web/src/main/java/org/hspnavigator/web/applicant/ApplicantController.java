package org.hspnavigator.web.applicant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.hsptwo.HspTwo;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.permanent.PermanentResidenceJson;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.AcceptLanguage;
import org.hspnavigator.web.system.ConflictException;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.JsonObjectBodies;
import org.hspnavigator.web.system.JsonRequestBodies;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applicants of the caller's organization: their facts, their dated profile snapshots (each assessed
 * and stored when added), the assessment history, and permanent residence as {@code hsp pr} sees the
 * stored case. Every read and change is in the audit log; another organization's ids answer 404 like ids
 * that do not exist.
 */
@RestController
@Tag(name = "Applicants", description = "Applicants, their profile snapshots and assessments")
public class ApplicantController {

    /** The list of applicants; an applicant's own paths follow it. */
    static final String LIST_PATH = "/api/v1/applicants";

    private final ApplicantRepository repository;
    private final ApplicantCases cases;
    private final Assessments assessments;
    private final AccessPolicy policy;
    private final JsonObjectBodies objectBodies;
    private final JsonRequestBodies bodies;
    private final QueryParameters parameters;
    private final AuditLog audit;
    private final org.hspnavigator.formats.profile.ReferenceDates referenceDates;
    private final Applicants applicants;
    private final org.hspnavigator.web.system.RequestLimits limits;
    private final SnapshotProfiles profiles;
    private final PermanentResidenceJson prWriter = new PermanentResidenceJson(Explanations.english());

    public ApplicantController(ApplicantRepository repository, ApplicantCases cases, Assessments assessments,
            AccessPolicy policy, JsonObjectBodies objectBodies, JsonRequestBodies bodies, QueryParameters parameters,
            AuditLog audit, org.hspnavigator.formats.profile.ReferenceDates referenceDates,
            Applicants applicants, org.hspnavigator.web.system.RequestLimits limits, SnapshotProfiles profiles) {
        this.profiles = profiles;
        this.applicants = applicants;
        this.limits = limits;
        this.repository = repository;
        this.cases = cases;
        this.assessments = assessments;
        this.policy = policy;
        this.objectBodies = objectBodies;
        this.bodies = bodies;
        this.parameters = parameters;
        this.audit = audit;
        this.referenceDates = referenceDates;
    }

    @GetMapping(path = LIST_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listApplicants",
            summary = "The organization's applicants, a page at a time, oldest first",
            description = "limit: 1 to " + IdPage.MAX_LIMIT + " applicants a page, default "
                    + IdPage.DEFAULT_LIMIT + "; after: the id of the last applicant of the page before. "
                    + "When more applicants follow, the Link header (RFC 8288) names the next page, rel=\"next\"; "
                    + "the last page has none.")
    @ApiResponse(responseCode = "200", headers = @Header(name = HttpHeaders.LINK,
            description = "The next page, <" + LIST_PATH + "?limit=" + IdPage.DEFAULT_LIMIT
                    + "&after=ID>; rel=\"next\", when more follow",
            schema = @Schema(type = "string")))
    public ResponseEntity<byte[]> list(Caller caller,
            @Parameter(description = "At most this many applicants (1 to " + IdPage.MAX_LIMIT + ", default "
                    + IdPage.DEFAULT_LIMIT + ")") @RequestParam(name = "limit", required = false) String limit,
            @Parameter(description = "Only the applicants after this one (the id of the last of the page before)")
            @RequestParam(name = "after", required = false) String after) {
        IdPage page = IdPage.of(LIST_PATH, Problem.of("query.applicantId"), limit, after, parameters);
        List<ApplicantRepository.Applicant> rows = repository.page(policy.applicants(caller), page.after(),
                page.rowsToRead());
        audit.record(caller, AuditAction.APPLICANTS_LISTED, AuditLog.ORGANIZATION, caller.organizationId());
        return page.answer(rows, ApplicantRepository.Applicant::id, ApplicantJson::writeApplicants);
    }

    @PostMapping(path = "/api/v1/applicants", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createApplicant", summary = "Add an applicant",
            description = "name (required), reference (your own id), and the parts of the case besides its snapshots: "
                    + "residence, household, employerCategory, as in the case JSON; periodOfStayExpiry: the day the "
                    + "current period of stay expires, from which the extension deadlines follow.")
    public ResponseEntity<byte[]> create(Caller caller, HttpServletRequest request) throws IOException {
        policy.requireApplicantWork(caller);
        String id = applicants.create(caller, facts(request, List.of()));
        return JsonResponses.created(ApplicantJson.applicant(found(caller, id)));
    }

    @PostMapping(path = "/api/v1/applicants/import", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "importApplicants", summary = "Import a batch CSV file as applicants, all or nothing",
            description = "The columns of hsp batch (UTF-8). Each row becomes an applicant named by its id cell, with the "
                    + "row's profile as first snapshot (and its assessment). Any invalid row refuses the whole file: a 400 "
                    + "whose errors are those of hsp batch's error column, word for word.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                            schema = @Schema(type = "string"))))
    public ResponseEntity<byte[]> importCsv(Caller caller, HttpServletRequest request) throws IOException {
        policy.requireApplicantWork(caller);
        byte[] csv;
        try (InputStream in = bodies.read(request)) {
            csv = in.readAllBytes();
        }
        List<Applicants.Imported> imported;
        try {
            imported = applicants.importCsv(caller, csv, limits.maxCsvRows(), AcceptLanguage.of(request));
        } catch (ApplicantImport.RefusedException e) {
            throw new InvalidRequestException(e.errors().stream()
                    .map(error -> Problems.Located.body(new Violation("", error))).toList());
        }
        ObjectNode body = StrictJson.nodes().objectNode();
        body.put("imported", imported.size());
        var array = body.putArray("applicants");
        for (Applicants.Imported row : imported) {
            array.addObject().put("id", row.id()).put("line", row.line()).put("name", row.name());
        }
        return JsonResponses.created(body);
    }

    @GetMapping(path = "/api/v1/applicants/{applicantId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getApplicant", summary = "An applicant, with their snapshots and whether the case is complete")
    public ResponseEntity<byte[]> get(Caller caller, @PathVariable("applicantId") String applicantId,
            HttpServletRequest request) {
        ApplicantScope scope = policy.applicants(caller);
        ApplicantRepository.Applicant applicant = found(caller, applicantId);
        List<ApplicantRepository.Snapshot> snapshots = repository.snapshots(scope, applicantId);
        ObjectNode body = ApplicantJson.applicant(applicant);
        body.set("snapshots", ApplicantJson.array(snapshots.stream().map(s -> ApplicantJson.snapshot(s, false)).toList()));
        ApplicantCases.Outcome outcome = cases.caseOf(applicant, snapshots);
        body.put("caseComplete", outcome.applicantCase().isPresent());
        outcome.missing().ifPresentOrElse(m -> body.put("caseMissing", m.text(AcceptLanguage.of(request))),
                () -> body.putNull("caseMissing"));
        audit.record(caller, AuditAction.APPLICANT_READ, AuditLog.APPLICANT, applicantId);
        return JsonResponses.ok(body);
    }

    @PutMapping(path = "/api/v1/applicants/{applicantId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateApplicant", summary = "Replace an applicant's facts",
            description = "The same fields as when adding one; a field left out is cleared (name stays required).")
    public ResponseEntity<byte[]> update(Caller caller, @PathVariable("applicantId") String applicantId, HttpServletRequest request)
            throws IOException {
        policy.requireApplicantWork(caller);
        found(caller, applicantId);
        JsonObjectBodies.Body body = objectBodies.read(request, Applicants.FIELDS, "what.applicant");
        applicants.update(caller, applicantId, body.node(), body.fields(), body.violations());
        return JsonResponses.ok(ApplicantJson.applicant(found(caller, applicantId)));
    }

    @GetMapping(path = "/api/v1/applicants/{applicantId}/snapshots", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listSnapshots", summary = "An applicant's profile snapshots, oldest first, with their profiles")
    public ResponseEntity<byte[]> snapshots(Caller caller, @PathVariable("applicantId") String applicantId) {
        found(caller, applicantId);
        List<ObjectNode> snapshots = repository.snapshots(policy.applicants(caller), applicantId).stream()
                .map(s -> ApplicantJson.snapshot(s, true)).toList();
        audit.record(caller, AuditAction.APPLICANT_READ, AuditLog.APPLICANT, applicantId);
        ObjectNode body = StrictJson.nodes().objectNode();
        body.set("snapshots", ApplicantJson.array(snapshots));
        return JsonResponses.ok(body);
    }

    @PostMapping(path = "/api/v1/applicants/{applicantId}/snapshots", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addSnapshot", summary = "Add a dated profile snapshot, and store its assessment",
            description = "The body is a profile whose referenceDate is required: it describes the applicant from "
                    + "that day until the next snapshot. It is checked with the rest of the case, as hsp pr checks a "
                    + "case; its assessment (hsp score --json on its reference date) is stored in the history.")
    public ResponseEntity<byte[]> addSnapshot(Caller caller, @PathVariable("applicantId") String applicantId, HttpServletRequest request)
            throws IOException {
        policy.requireApplicantWork(caller);
        found(caller, applicantId);
        return JsonResponses.created(snapshotWithAssessment(applicants.addSnapshot(caller, applicantId, jsonBody(request))));
    }

    @PutMapping(path = "/api/v1/applicants/{applicantId}/snapshots/{snapshotId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "correctSnapshot", summary = "Correct a profile snapshot, and store its new assessment",
            description = "The body is the corrected profile, checked as one being added is against the other snapshots "
                    + "of the case (its referenceDate may not be that of another). Its assessment is stored in the "
                    + "history; the assessments made from the snapshot before stay there.")
    public ResponseEntity<byte[]> correctSnapshot(Caller caller, @PathVariable("applicantId") String applicantId,
            @PathVariable("snapshotId") String snapshotId, HttpServletRequest request) throws IOException {
        policy.requireApplicantWork(caller);
        found(caller, applicantId);
        return JsonResponses.ok(snapshotWithAssessment(applicants.correctSnapshot(caller, applicantId, snapshotId,
                jsonBody(request))));
    }

    @DeleteMapping(path = "/api/v1/applicants/{applicantId}/snapshots/{snapshotId}")
    @Operation(operationId = "deleteSnapshot", summary = "Remove a profile snapshot entered by mistake",
            description = "The assessments made from it stay in the history.")
    public ResponseEntity<byte[]> deleteSnapshot(Caller caller, @PathVariable("applicantId") String applicantId,
            @PathVariable("snapshotId") String snapshotId) {
        policy.requireApplicantWork(caller);
        found(caller, applicantId);
        if (!repository.deleteSnapshot(policy.applicants(caller), applicantId, snapshotId)) {
            throw new NotFoundException(Problem.of("notFound.snapshot", snapshotId, applicantId));
        }
        profiles.forget(snapshotId);
        audit.record(caller, AuditAction.SNAPSHOT_DELETED, AuditLog.APPLICANT, applicantId);
        return JsonResponses.noContent();
    }

    @GetMapping(path = "/api/v1/applicants/{applicantId}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAssessments",
            summary = "The assessments made for the applicant, a page at a time, oldest first",
            description = "Each with the date it was made for, the rule set, the version of HSP Navigator and the "
                    + "assessment JSON of hsp score --json as it was then. limit: 1 to " + IdPage.MAX_LIMIT
                    + " assessments a page, default " + IdPage.DEFAULT_LIMIT + "; after: the id of the last assessment "
                    + "of the page before. When more assessments follow, the Link header (RFC 8288) names the next "
                    + "page, rel=\"next\"; the last page has none.")
    @ApiResponse(responseCode = "200", headers = @Header(name = HttpHeaders.LINK,
            description = "The next page, </api/v1/applicants/{applicantId}/assessments?limit=" + IdPage.DEFAULT_LIMIT
                    + "&after=ID>; rel=\"next\", when more follow",
            schema = @Schema(type = "string")))
    public ResponseEntity<byte[]> assessments(Caller caller, @PathVariable("applicantId") String applicantId,
            @Parameter(description = "At most this many assessments (1 to " + IdPage.MAX_LIMIT + ", default "
                    + IdPage.DEFAULT_LIMIT + ")") @RequestParam(name = "limit", required = false) String limit,
            @Parameter(description = "Only the assessments after this one (the id of the last of the page before)")
            @RequestParam(name = "after", required = false) String after) {
        IdPage page = IdPage.of(LIST_PATH + "/" + applicantId + "/assessments", Problem.of("query.assessmentId"),
                limit, after, parameters);
        // The page's query carries the caller's scope: rows found are of an applicant the caller sees, so the
        // applicant's own row is read (for its 404) only when the page is empty.
        List<ApplicantRepository.StoredAssessment> history = repository.assessmentPage(policy.applicants(caller),
                applicantId, page.after(), page.rowsToRead());
        if (history.isEmpty()) {
            found(caller, applicantId);
        }
        audit.record(caller, AuditAction.APPLICANT_READ, AuditLog.APPLICANT, applicantId);
        return page.answer(history, ApplicantRepository.StoredAssessment::id, ApplicantJson::writeAssessments);
    }

    @PostMapping(path = "/api/v1/applicants/{applicantId}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "assessApplicant", summary = "Assess the applicant's case on a date, and store it",
            description = "The snapshot in force on the date, re-dated to it (age and rule set of that day).")
    public ResponseEntity<byte[]> assess(Caller caller, @PathVariable("applicantId") String applicantId,
            @Parameter(description = "The date (default: today in Japan)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date) {
        policy.requireApplicantWork(caller);
        ApplicantScope scope = policy.applicants(caller);
        ApplicantRepository.Applicant applicant = found(caller, applicantId);
        List<Problems.Located> problems = new ArrayList<>();
        Optional<LocalDate> given = parameters.date("date", date, problems);
        QueryParameters.requireNone(problems);
        LocalDate on = given.orElseGet(parameters::today);
        List<ApplicantRepository.Snapshot> snapshots = repository.snapshots(scope, applicantId);
        if (snapshots.isEmpty()) {
            throw new ConflictException(cases.caseOf(applicant, snapshots).missing().orElseThrow());
        }
        ApplicantRepository.Snapshot inForce = snapshots.stream().filter(s -> !s.referenceDate().isAfter(on))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new InvalidRequestException(List.of(QueryParameters.beforeFirstSnapshot(on,
                        given.isPresent(), snapshots.get(0).referenceDate(), "consequence.points"))));
        List<Violation> ignored = new ArrayList<>();
        Profile profile = new org.hspnavigator.formats.profile.ProfileReader(referenceDates)
                .read(ApplicantCases.parse(inForce.profile()), "", ignored).orElseThrow().withReferenceDate(on);
        ApplicantRepository.StoredAssessment stored = assessments.assessAndStore(applicantId, profile, caller.userId());
        audit.record(caller, AuditAction.ASSESSMENT_MADE, AuditLog.APPLICANT, applicantId);
        return JsonResponses.created(ApplicantJson.assessment(stored));
    }

    @GetMapping(path = "/api/v1/applicants/{applicantId}/permanent-residence", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "applicantPermanentResidence", summary = "Permanent residence and HSP(ii) of the stored case",
            description = "The answer of hsp pr --json for the applicant's case on the date.")
    public ResponseEntity<byte[]> permanentResidence(Caller caller, @PathVariable("applicantId") String applicantId,
            @Parameter(description = "The date of the application (default: today in Japan)",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date) {
        ApplicantRepository.Applicant applicant = found(caller, applicantId);
        List<Problems.Located> problems = new ArrayList<>();
        LocalDate on = parameters.date("date", date, problems).orElseGet(parameters::today);
        QueryParameters.requireNone(problems);
        ApplicantCases.Outcome outcome = cases.caseOf(applicant, repository.snapshots(policy.applicants(caller), applicantId));
        ApplicantCase applicantCase = outcome.applicantCase()
                .orElseThrow(() -> new ConflictException(outcome.missing().orElseThrow()));
        audit.record(caller, AuditAction.APPLICANT_READ, AuditLog.APPLICANT, applicantId);
        return JsonResponses.ok(prWriter.write(PermanentResidence.official().assess(applicantCase, on),
                HspTwo.official().assess(applicantCase, on)));
    }

    /** A snapshot as stored, with the assessment stored with it. */
    private static ObjectNode snapshotWithAssessment(Applicants.AddedSnapshot saved) {
        ObjectNode body = ApplicantJson.snapshot(saved.snapshot(), true);
        body.set("assessment", ApplicantCases.parse(saved.assessment().document()));
        return body;
    }

    private ApplicantRepository.Applicant found(Caller caller, String applicantId) {
        return applicants.found(caller, applicantId);
    }

    private JsonNode jsonBody(HttpServletRequest request) throws IOException {
        try (InputStream in = bodies.read(request)) {
            byte[] text = in.readAllBytes();
            if (new String(text, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                throw new InvalidRequestException(List.of(Problems.Located.body(
                        new Violation("", Problem.of("body.empty.profile")))));
            }
            return StrictJson.parse(new java.io.ByteArrayInputStream(text));
        } catch (InvalidInputException e) {
            throw new InvalidRequestException(e.violations().stream().map(Problems.Located::body).toList());
        }
    }

    /** The facts of the body, checked with the rest of the case ({@code snapshots}, the stored profiles). */
    private ApplicantRepository.Facts facts(HttpServletRequest request, List<String> snapshots) throws IOException {
        JsonObjectBodies.Body body = objectBodies.read(request, Applicants.FIELDS, "what.applicant");
        return applicants.facts(body.node(), body.fields(), body.violations(), snapshots);
    }

}
