package org.hspnavigator.web.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.formats.profile.JsonFields;
import org.hspnavigator.web.system.AcceptLanguage;
import org.hspnavigator.web.system.ConflictException;
import org.hspnavigator.web.system.JsonObjectBodies;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Application files of the caller's organization: opened for an applicant with a procedure, moved
 * through the allowed statuses by dated events, and their checklist (that of {@code hsp checklist} for
 * the applicant's case on the filing date) with each item marked collected or not.
 */
@RestController
@Tag(name = "Applications", description = "Application files: status, dated events and the checklist")
public class ApplicationController {

    static final int MAX_NOTE = 2000;

    private final ApplicationRepository repository;
    private final ApplicantRepository applicants;
    private final ApplicationChecklists checklists;
    private final AccessPolicy policy;
    private final JsonObjectBodies bodies;
    private final AuditLog audit;
    private final Applications applications;

    public ApplicationController(ApplicationRepository repository, ApplicantRepository applicants,
            ApplicationChecklists checklists, AccessPolicy policy, JsonObjectBodies bodies, AuditLog audit,
            Applications applications) {
        this.repository = repository;
        this.applicants = applicants;
        this.checklists = checklists;
        this.policy = policy;
        this.bodies = bodies;
        this.audit = audit;
        this.applications = applications;
    }

    @GetMapping(path = "/api/v1/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listApplications", summary = "The organization's application files, or one applicant's")
    public ResponseEntity<byte[]> list(Caller caller,
            @Parameter(description = "Only this applicant's files") @RequestParam(name = "applicant", required = false)
            String applicantId) {
        ApplicantScope scope = policy.applicants(caller);
        if (applicantId != null) {
            applicants.find(scope, applicantId).orElseThrow(() -> new NotFoundException(Problem.of("notFound.applicant", applicantId)));
        }
        ArrayNode files = StrictJson.nodes().arrayNode();
        repository.list(scope, Optional.ofNullable(applicantId)).forEach(a -> files.add(application(a)));
        ObjectNode body = StrictJson.nodes().objectNode();
        body.set("applications", files);
        return JsonResponses.ok(body);
    }

    @PostMapping(path = "/api/v1/applicants/{applicantId}/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "openApplication", summary = "Open an application file for an applicant",
            description = "procedure: COE, CHANGE, EXTENSION, PERMANENT_RESIDENCE or HSP_TWO; filingDate: the planned "
                    + "filing date (the checklist is built for it; default today); periodOfStayExpiry (change, extension, "
                    + "HSP(ii)): the day the current period of stay expires, default the applicant's. Status PREPARING.")
    public ResponseEntity<byte[]> open(Caller caller, @PathVariable("applicantId") String applicantId, HttpServletRequest request)
            throws IOException {
        policy.requireApplicantWork(caller);
        applicants.find(policy.applicants(caller), applicantId)
                .orElseThrow(() -> new NotFoundException(Problem.of("notFound.applicant", applicantId)));
        JsonObjectBodies.Body body = bodies.read(request, List.of("procedure", "filingDate", "periodOfStayExpiry"),
                "what.newApplication");
        JsonFields fields = body.fields();
        fields.requirePresent("procedure", Problem.of("meaning.oneOf", names(ProcedureKind.values())));
        Optional<ProcedureKind> procedure = fields.enumValue("procedure", ProcedureKind.class);
        Optional<LocalDate> filing = fields.date("filingDate");
        Optional<LocalDate> expiry = fields.date("periodOfStayExpiry");
        if (expiry.isPresent() && procedure.isPresent()) {
            Applications.expiryProblem(procedure.get())
                    .ifPresent(problem -> fields.report("periodOfStayExpiry", problem));
        }
        body.requireValid();
        String id = applications.open(caller, applicantId, procedure.get(), filing, expiry);
        return JsonResponses.created(withEvents(caller, found(caller, id)));
    }

    @GetMapping(path = "/api/v1/applications/{applicationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getApplication", summary = "An application file with its events")
    public ResponseEntity<byte[]> get(Caller caller, @PathVariable("applicationId") String applicationId) {
        ApplicationRepository.Application application = found(caller, applicationId);
        audit.record(caller, AuditAction.APPLICATION_READ, AuditLog.APPLICANT, application.applicantId());
        return JsonResponses.ok(withEvents(caller, application));
    }

    @PatchMapping(path = "/api/v1/applications/{applicationId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeApplication", summary = "Change an open file's filing date or expiry date",
            description = "filingDate and periodOfStayExpiry; a field left out keeps its value, null clears it.")
    public ResponseEntity<byte[]> change(Caller caller, @PathVariable("applicationId") String applicationId, HttpServletRequest request)
            throws IOException {
        policy.requireApplicantWork(caller);
        ApplicationRepository.Application application = found(caller, applicationId);
        JsonObjectBodies.Body body = bodies.read(request, List.of("filingDate", "periodOfStayExpiry"),
                "what.applicationChanges");
        Optional<LocalDate> filing = body.node().has("filingDate") ? body.fields().date("filingDate")
                : application.filingDate();
        Optional<LocalDate> expiry = body.node().has("periodOfStayExpiry") ? body.fields().date("periodOfStayExpiry")
                : application.periodOfStayExpiry();
        if (body.node().has("periodOfStayExpiry") && expiry.isPresent()) {
            ChecklistOptions.expiryProblem(application.procedure().procedure())
                    .ifPresent(problem -> body.fields().report("periodOfStayExpiry", problem));
        }
        body.requireValid();
        if (!application.status().isOpen()) {
            throw new ConflictException(Problem.of("conflict.closed", application.status().name()));
        }
        repository.updateDates(applicationId, filing, expiry);
        audit.record(caller, AuditAction.APPLICATION_CHANGED, AuditLog.APPLICANT, application.applicantId());
        return JsonResponses.ok(withEvents(caller, found(caller, applicationId)));
    }

    @PostMapping(path = "/api/v1/applications/{applicationId}/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addApplicationEvent", summary = "Record a dated event: a change of status, a note, or a "
            + "fact a 14-day notification runs from",
            description = "date (required); status: the new status, allowed from the present one only (PREPARING → "
                    + "SUBMITTED → ADDITIONAL_DOCUMENTS_REQUESTED → SUBMITTED → GRANTED or REFUSED; WITHDRAWN from any "
                    + "open status), else 409; kind: STATUS_CHANGED (with status), NOTE, ADDRESS_SETTLED, ADDRESS_CHANGED, "
                    + "ORGANIZATION_CHANGED or RESIDENCE_CARD_CHANGED; note: free text.")
    public ResponseEntity<byte[]> addEvent(Caller caller, @PathVariable("applicationId") String applicationId, HttpServletRequest request)
            throws IOException {
        policy.requireApplicantWork(caller);
        ApplicationRepository.Application application = found(caller, applicationId);
        JsonObjectBodies.Body body = bodies.read(request, List.of("date", "kind", "status", "note"), "what.event");
        JsonFields fields = body.fields();
        fields.requirePresent("date", "meaning.eventDate");
        Optional<LocalDate> date = fields.date("date");
        Optional<ApplicationStatus> status = fields.enumValue("status", ApplicationStatus.class);
        Optional<EventKind> given = fields.enumValue("kind", EventKind.class);
        Optional<String> note = fields.text("note", MAX_NOTE);
        EventKind kind = given.orElse(status.isPresent() || fields.value("status").isPresent()
                ? EventKind.STATUS_CHANGED : EventKind.NOTE);
        if (kind == EventKind.STATUS_CHANGED && fields.isMissing("status")) {
            fields.requirePresent("status", Problem.of("meaning.newStatus", names(ApplicationStatus.values())));
        }
        if (kind != EventKind.STATUS_CHANGED && fields.value("status").isPresent()) {
            fields.report("status", Problem.of("application.statusOnlyWithChange"));
        }
        body.requireValid();
        String eventId = applications.addEvent(caller, application, date.get(), kind, status, note);
        ObjectNode answer = withEvents(caller, found(caller, applicationId));
        answer.put("eventId", eventId);
        return JsonResponses.created(answer);
    }

    @GetMapping(path = "/api/v1/applications/{applicationId}/checklist", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "applicationChecklist", summary = "The file's checklist, each item marked collected or not",
            description = "The answer of hsp checklist --json for the applicant's case on the filing date (today while "
                    + "none is set), with the file's expiry date; every document and evidence item has its key and "
                    + "collected.")
    public ResponseEntity<byte[]> checklist(Caller caller, @PathVariable("applicationId") String applicationId,
            HttpServletRequest request) {
        ApplicationRepository.Application application = found(caller, applicationId);
        ObjectNode checklist = checklists.withMarks(caller, application, AcceptLanguage.of(request));
        audit.record(caller, AuditAction.APPLICATION_READ, AuditLog.APPLICANT, application.applicantId());
        return JsonResponses.ok(checklist);
    }

    @PutMapping(path = "/api/v1/applications/{applicationId}/checklist/{itemKey}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "markChecklistItem", summary = "Mark a checklist item collected or not",
            description = "itemKey: the key of a document (document:applicationForm) or an evidence item "
                    + "(evidence:salary) of the file's checklist; body: {\"collected\": true}.")
    public ResponseEntity<byte[]> mark(Caller caller, @PathVariable("applicationId") String applicationId, @PathVariable("itemKey") String itemKey,
            HttpServletRequest request) throws IOException {
        policy.requireApplicantWork(caller);
        ApplicationRepository.Application application = found(caller, applicationId);
        JsonObjectBodies.Body body = bodies.read(request, List.of("collected"), "what.checklistMark");
        body.fields().requirePresent("collected", "meaning.trueOrFalse");
        boolean collected = body.fields().bool("collected");
        body.requireValid();
        applications.mark(caller, application, itemKey, collected);
        ObjectNode answer = StrictJson.nodes().objectNode();
        answer.put("key", itemKey);
        answer.put("collected", collected);
        return JsonResponses.ok(answer);
    }

    private ApplicationRepository.Application found(Caller caller, String applicationId) {
        return applications.found(caller, applicationId);
    }

    private ObjectNode withEvents(Caller caller, ApplicationRepository.Application application) {
        ObjectNode node = application(application);
        ArrayNode events = node.putArray("events");
        for (ApplicationRepository.Event event : repository.events(policy.applicants(caller), application.id())) {
            ObjectNode e = events.addObject();
            e.put("id", event.id());
            e.put("date", event.date().toString());
            e.put("kind", event.kind().name());
            event.from().ifPresentOrElse(s -> e.put("statusFrom", s.name()), () -> e.putNull("statusFrom"));
            event.to().ifPresentOrElse(s -> e.put("statusTo", s.name()), () -> e.putNull("statusTo"));
            event.note().ifPresentOrElse(n -> e.put("note", n), () -> e.putNull("note"));
            e.put("createdAt", event.createdAt().toString());
            event.createdBy().ifPresentOrElse(u -> e.put("createdBy", u), () -> e.putNull("createdBy"));
        }
        return node;
    }

    /** An application file as JSON, without its events. */
    public static ObjectNode application(ApplicationRepository.Application application) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", application.id());
        node.put("applicantId", application.applicantId());
        node.put("procedure", application.procedure().name());
        node.put("status", application.status().name());
        ArrayNode next = node.putArray("allowedStatuses");
        application.status().next().forEach(s -> next.add(s.name()));
        application.filingDate().ifPresentOrElse(d -> node.put("filingDate", d.toString()), () -> node.putNull("filingDate"));
        application.periodOfStayExpiry().ifPresentOrElse(d -> node.put("periodOfStayExpiry", d.toString()),
                () -> node.putNull("periodOfStayExpiry"));
        node.put("createdAt", application.createdAt().toString());
        node.put("updatedAt", application.updatedAt().toString());
        return node;
    }

    private static String names(Enum<?>[] values) {
        return Applications.names(values);
    }
}
