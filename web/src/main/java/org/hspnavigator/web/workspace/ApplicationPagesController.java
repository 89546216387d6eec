package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.applicant.Applicants;
import org.hspnavigator.web.applicant.IncompleteCaseException;
import org.hspnavigator.web.application.ApplicationChecklists;
import org.hspnavigator.web.application.ApplicationRepository;
import org.hspnavigator.web.application.ApplicationStatus;
import org.hspnavigator.web.application.Applications;
import org.hspnavigator.web.application.EventKind;
import org.hspnavigator.web.application.ProcedureKind;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.ConflictException;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.QueryParameters;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pages of an application file: opening one from the applicant's page, the file with its status,
 * the statuses it may move to, its dated events, and its checklist (that of {@code hsp checklist} for
 * the case on the filing date) as one form of check boxes. Every change goes through
 * {@link Applications}, as the API's do.
 */
@Controller
class ApplicationPagesController {

    private final Applications applications;
    private final Applicants applicants;
    private final ApplicationChecklists checklists;
    private final QueryParameters parameters;
    private final AuditLog audit;
    private final ApplicantPagesController applicantPages;

    ApplicationPagesController(Applications applications, Applicants applicants, ApplicationChecklists checklists,
            QueryParameters parameters, AuditLog audit, ApplicantPagesController applicantPages) {
        this.applicantPages = applicantPages;
        this.applications = applications;
        this.applicants = applicants;
        this.checklists = checklists;
        this.parameters = parameters;
        this.audit = audit;
    }

    /** An item of the checklist as the page shows it. */
    record Item(String key, String title, String detail, boolean collected) {
    }

    /**
     * Opens a file; a procedure not offered or a filing date that is not one shows the applicant's page
     * again with the problem next to its field.
     */
    @PostMapping(WorkspacePages.APPLICANT_APPLICATIONS)
    String open(@PathVariable("lang") String lang, @PathVariable("applicantId") String applicantId, Caller caller,
            Model model, HttpServletResponse response,
            @RequestParam(name = "procedure", defaultValue = "") String procedure,
            @RequestParam(name = "filingDate", defaultValue = "") String filingDate) {
        applicants.found(caller, applicantId);
        Optional<ProcedureKind> kind = java.util.Arrays.stream(ProcedureKind.values())
                .filter(p -> p.name().equals(procedure)).findFirst();
        Optional<LocalDate> filing = date(filingDate);
        if (kind.isEmpty() || filing.isEmpty() && !filingDate.isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fileProblem", kind.isEmpty() ? "procedure" : "filingDate");
            model.addAttribute("filingDate", filingDate);
            model.addAttribute("chosenProcedure", procedure);
            return applicantPages.applicant(lang, applicantId, caller, model);
        }
        String id = applications.open(caller, applicantId, kind.get(), filing, Optional.empty());
        return "redirect:/" + lang + "/workspace/applications/" + id;
    }

    @GetMapping(WorkspacePages.APPLICATION)
    String application(@PathVariable("lang") String lang, @PathVariable("applicationId") String applicationId,
            Caller caller, Model model) {
        ApplicationRepository.Application file = applications.found(caller, applicationId);
        ApplicantRepository.Applicant applicant = applicants.found(caller, file.applicantId());
        audit.record(caller, AuditAction.APPLICATION_READ, AuditLog.APPLICANT, file.applicantId());
        WorkspaceFrame.prepare(model, lang, "/workspace/applications/" + applicationId, "applicants", caller);
        model.addAttribute("file", file);
        model.addAttribute("applicant", applicant);
        model.addAttribute("events", applications.events(caller, file));
        model.addAttribute("next", file.status().next().stream().toList());
        model.addAttribute("today", parameters.today().toString());
        Language language = Language.byTag(lang).orElseThrow();
        model.addAttribute("checklistGap", null);
        try {
            ObjectNode checklist = checklists.withMarks(caller, file, language);
            model.addAttribute("documents", items(checklist, "documents"));
            model.addAttribute("evidence", items(checklist, "evidence"));
            model.addAttribute("collected", checklist.get("collected").intValue());
            model.addAttribute("itemCount", checklist.get("items").intValue());
            model.addAttribute("checklistMissing", null);
        } catch (IncompleteCaseException e) {
            // The case lacks what a checklist needs (a snapshot, the residence): the page says what, in its words.
            model.addAttribute("checklistMissing", e.detail().text(language));
            model.addAttribute("checklistGap", e.gap().reason().name());
            model.addAttribute("checklistGapProblem", e.gap().violation().map(v -> v.message(language)).orElse(""));
        } catch (ConflictException e) {
            model.addAttribute("checklistMissing", e.detail().text(language));
        }
        if (!model.containsAttribute("statusProblem")) {
            model.addAttribute("statusProblem", null);
            model.addAttribute("statusDate", null);
            model.addAttribute("statusNote", "");
        }
        return "workspace/application";
    }

    @PostMapping(WorkspacePages.APPLICATION_STATUS)
    String changeStatus(@PathVariable("lang") String lang, @PathVariable("applicationId") String applicationId,
            Caller caller, Model model, HttpServletResponse response, RedirectAttributes redirect,
            @RequestParam(name = "status", defaultValue = "") String status,
            @RequestParam(name = "date", defaultValue = "") String date,
            @RequestParam(name = "note", defaultValue = "") String note) {
        ApplicationRepository.Application file = applications.found(caller, applicationId);
        Optional<ApplicationStatus> to = java.util.Arrays.stream(ApplicationStatus.values())
                .filter(s -> s.name().equals(status)).findFirst();
        Optional<LocalDate> day = date(date);
        String problem = to.isEmpty() ? "status" : day.isEmpty() ? "date" : null;
        if (problem == null) {
            try {
                applications.addEvent(caller, file, day.get(), EventKind.STATUS_CHANGED, to,
                        note.isBlank() ? Optional.empty() : Optional.of(note.strip().substring(0, Math.min(note.strip().length(), 2000))));
                redirect.addFlashAttribute(ApplicantPagesController.SAVED, "status");
                return "redirect:/" + lang + "/workspace/applications/" + applicationId;
            } catch (ConflictException e) {
                problem = "conflict";
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("statusProblem", problem);
        // The refused form shows what was typed, next to the problem, to be corrected rather than typed again.
        model.addAttribute("statusDate", date);
        model.addAttribute("statusNote", note);
        return application(lang, applicationId, caller, model);
    }

    /** Saves the ticks of the checklist form: every item of the checklist is collected exactly when ticked. */
    @PostMapping(WorkspacePages.CHECKLIST_MARK)
    String mark(@PathVariable("lang") String lang, @PathVariable("applicationId") String applicationId, Caller caller,
            RedirectAttributes redirect, @RequestParam(name = "collected", required = false) List<String> ticked) {
        ApplicationRepository.Application file = applications.found(caller, applicationId);
        Set<String> wanted = new HashSet<>(ticked == null ? List.of() : ticked);
        ObjectNode checklist;
        try {
            checklist = checklists.withMarks(caller, file);
        } catch (ConflictException e) {
            throw new NotFoundException(Problem.of("notFound.noChecklist"));
        }
        for (String array : List.of("documents", "evidence")) {
            for (JsonNode item : checklist.withArray(array)) {
                String key = item.get("key").stringValue();
                if (item.get("collected").booleanValue() != wanted.contains(key)) {
                    applications.mark(caller, file, key, wanted.contains(key));
                }
            }
        }
        redirect.addFlashAttribute(ApplicantPagesController.SAVED, "checklist");
        return "redirect:/" + lang + "/workspace/applications/" + applicationId + "#checklist";
    }

    /**
     * The items of one of the checklist's arrays: a document by its text; a point item's evidence by what
     * it proves, with the documents that prove it.
     */
    private static List<Item> items(ObjectNode checklist, String array) {
        List<Item> items = new ArrayList<>();
        for (JsonNode node : checklist.withArray(array)) {
            String title = node.has("text") ? node.get("text").stringValue() : node.path("explanation").asString();
            List<String> proofs = new ArrayList<>();
            node.path("documents").forEach(document -> proofs.add(document.path("text").asString()));
            items.add(new Item(node.get("key").stringValue(), title, String.join("; ", proofs),
                    node.get("collected").booleanValue()));
        }
        return items;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
