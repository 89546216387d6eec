package org.hspnavigator.web.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.applicant.ApplicantJson;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.applicant.SnapshotProfiles;
import org.hspnavigator.web.application.ApplicationController;
import org.hspnavigator.web.application.ApplicationRepository;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditEntry;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An applicant's personal-data requests: the export of all that is stored about them (facts, snapshots,
 * assessments, application files with their events and checklist marks, and the audit entries about
 * them), and the erasure of all of it but the audit entries, which hold only ids.
 */
@RestController
@Tag(name = "Personal data", description = "Export and erasure of an applicant's data")
public class PrivacyController {

    /** More audit entries than this about one applicant are left out of an export, which says so. */
    static final int MAX_AUDIT_ENTRIES = 10_000;

    private final ApplicantRepository applicants;
    private final ApplicationRepository applications;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private final SnapshotProfiles profiles;

    public PrivacyController(ApplicantRepository applicants, ApplicationRepository applications, AccessPolicy policy,
            AuditLog audit, Clock clock, SnapshotProfiles profiles) {
        this.profiles = profiles;
        this.applicants = applicants;
        this.applications = applications;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/applicants/{applicantId}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "exportApplicant", summary = "Everything stored about an applicant, as one JSON document",
            description = "For a request of access to personal data; recorded in the audit log.")
    public ResponseEntity<byte[]> export(Caller caller, @PathVariable("applicantId") String applicantId) {
        ApplicantScope scope = policy.applicants(caller);
        ApplicantRepository.Applicant applicant = applicants.find(scope, applicantId)
                .orElseThrow(() -> new NotFoundException(Problem.of("notFound.applicant", applicantId)));
        audit.record(caller, AuditAction.APPLICANT_EXPORTED, AuditLog.APPLICANT, applicantId);
        ObjectNode export = StrictJson.nodes().objectNode();
        export.put("exportedAt", Instant.ofEpochMilli(clock.millis()).toString());
        export.set("applicant", ApplicantJson.applicant(applicant));
        ArrayNode snapshots = export.putArray("snapshots");
        applicants.snapshots(scope, applicantId).forEach(s -> snapshots.add(ApplicantJson.snapshot(s, true)));
        ArrayNode assessments = export.putArray("assessments");
        applicants.assessments(scope, applicantId).forEach(a -> assessments.add(ApplicantJson.assessment(a)));
        ArrayNode files = export.putArray("applications");
        for (ApplicationRepository.Application application : applications.list(scope, Optional.of(applicantId))) {
            ObjectNode node = ApplicationController.application(application);
            ArrayNode events = node.putArray("events");
            applications.events(scope, application.id()).forEach(e -> {
                ObjectNode event = events.addObject();
                event.put("date", e.date().toString());
                event.put("kind", e.kind().name());
                event.put("statusTo", e.to().map(Enum::name).orElse(null));
                event.put("note", e.note().orElse(null));
            });
            ArrayNode marks = node.putArray("checklistMarks");
            applications.marks(scope, application.id()).forEach(m -> marks.addObject().put("key", m.itemKey())
                    .put("collected", m.collected()).put("updatedAt", m.updatedAt().toString()));
            files.add(node);
        }
        ArrayNode entries = export.putArray("auditEntries");
        for (AuditEntry entry : audit.entries(caller.organizationId(), Optional.of(applicantId), Optional.empty(),
                MAX_AUDIT_ENTRIES)) {
            entries.addObject().put("occurredAt", entry.occurredAt().toString()).put("action", entry.action().name())
                    .put("actorUserId", entry.actorUserId().orElse(null));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"applicant-" + applicantId + ".json\"")
                .body(JsonResponses.bytes(export));
    }

    @DeleteMapping(path = "/api/v1/applicants/{applicantId}")
    @Operation(operationId = "eraseApplicant", summary = "Erase an applicant and all their data (owners only)",
            description = "Facts, snapshots, assessments, application files, events and checklist marks are deleted; "
                    + "the audit log keeps its entries, which hold only ids, and records the erasure.")
    public ResponseEntity<byte[]> erase(Caller caller, @PathVariable("applicantId") String applicantId) {
        ApplicantScope scope = policy.applicants(caller);
        applicants.find(scope, applicantId).orElseThrow(() -> new NotFoundException(Problem.of("notFound.applicant", applicantId)));
        policy.requireErasure(caller);
        applicants.erase(scope, applicantId);
        profiles.forgetApplicant(applicantId);
        audit.record(caller, AuditAction.APPLICANT_ERASED, AuditLog.APPLICANT, applicantId);
        return JsonResponses.noContent();
    }
}
