package org.hspnavigator.web.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.ConflictException;
import org.hspnavigator.web.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work on application files that the JSON API and the workspace's pages share: finding a file in
 * the caller's scope, opening one, recording a dated event (a status change only along the allowed
 * transitions, at most one of two at once), and marking a checklist item. Each checks the caller's
 * rights and records the audit entry; a transition that is not allowed is a {@link ConflictException}.
 */
@Service
public class Applications {

    private final ApplicationRepository repository;
    private final ApplicantRepository applicants;
    private final ApplicationChecklists checklists;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    public Applications(ApplicationRepository repository, ApplicantRepository applicants,
            ApplicationChecklists checklists, AccessPolicy policy, AuditLog audit, TransactionTemplate transactions) {
        this.repository = repository;
        this.applicants = applicants;
        this.checklists = checklists;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** A file the caller sees; not found, exactly like an id that does not exist, otherwise. */
    public ApplicationRepository.Application found(Caller caller, String applicationId) {
        return repository.find(policy.applicants(caller), applicationId)
                .orElseThrow(() -> new NotFoundException(Problem.of("notFound.application", applicationId)));
    }

    /** The problem of an expiry date given for a procedure that has none, if any. */
    public static Optional<Problem> expiryProblem(ProcedureKind procedure) {
        return ChecklistOptions.expiryProblem(procedure.procedure());
    }

    /**
     * Opens a file for an applicant the caller sees (status PREPARING); a change or an extension without
     * an expiry date takes the applicant's. Returns the new file's id.
     */
    public String open(Caller caller, String applicantId, ProcedureKind procedure, Optional<LocalDate> filing,
            Optional<LocalDate> expiry) {
        policy.requireApplicantWork(caller);
        ApplicantRepository.Applicant applicant = applicants.find(policy.applicants(caller), applicantId)
                .orElseThrow(() -> new NotFoundException(Problem.of("notFound.applicant", applicantId)));
        Optional<LocalDate> stayExpiry = expiry.isEmpty() && procedure.procedure().id().matches("change|extension")
                ? applicant.periodOfStayExpiry() : expiry;
        String id = repository.create(caller.organizationId(), applicantId, procedure, filing, stayExpiry);
        audit.record(caller, AuditAction.APPLICATION_OPENED, AuditLog.APPLICANT, applicantId);
        return id;
    }

    /**
     * Records a dated event of a file; with a status, moves the file to it if the present status allows
     * (a file leaving PREPARING for SUBMITTED takes the event's date as its filing date). Returns the
     * event's id.
     */
    public String addEvent(Caller caller, ApplicationRepository.Application application, LocalDate date, EventKind kind,
            Optional<ApplicationStatus> status, Optional<String> note) {
        policy.requireApplicantWork(caller);
        if (status.isPresent() && !application.status().mayBecome(status.get())) {
            throw new ConflictException(Problem.of("conflict.transition", application.status().name(),
                    status.get().name(), application.status().isOpen()
                    ? names(application.status().next().toArray(ApplicationStatus[]::new))
                    : Problem.of("conflict.transition.closed")));
        }
        String eventId = transactions.execute(transaction -> {
            Optional<ApplicationStatus> from = status.map(s -> application.status());
            if (status.isPresent()) {
                Optional<LocalDate> filing = application.status() == ApplicationStatus.PREPARING
                        && status.get() == ApplicationStatus.SUBMITTED ? Optional.of(date) : application.filingDate();
                if (!repository.changeStatus(application.id(), application.status(), status.get(), filing)) {
                    throw new ConflictException(Problem.of("conflict.statusChanged"));
                }
            }
            return repository.addEvent(application.id(), date, kind, from, status, note, caller.userId());
        });
        audit.record(caller, AuditAction.APPLICATION_CHANGED, AuditLog.APPLICANT, application.applicantId());
        return eventId;
    }

    /** Marks an item of the file's checklist collected or not; not found when the checklist has no such item. */
    public void mark(Caller caller, ApplicationRepository.Application application, String itemKey, boolean collected) {
        policy.requireApplicantWork(caller);
        if (!checklists.keys(caller, application).contains(itemKey)) {
            throw new NotFoundException(Problem.of("notFound.checklistItem", application.id(), itemKey));
        }
        repository.mark(application.id(), itemKey, collected, caller.userId());
        audit.record(caller, AuditAction.CHECKLIST_MARKED, AuditLog.APPLICANT, application.applicantId());
    }

    /** The names of {@code values}, comma-separated, as the API's messages list them. */
    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The events of a file the caller sees, by date. */
    public List<ApplicationRepository.Event> events(Caller caller, ApplicationRepository.Application application) {
        return repository.events(policy.applicants(caller), application.id());
    }
}
