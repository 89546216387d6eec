package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.applicant.Applicants;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.selfassessment.ProfileQuestions;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page that corrects a stored snapshot (a figure typed wrong), its questions filled in with its
 * answers; saved through {@link Applicants#correctSnapshot} as the API's {@code PUT .../snapshots/{id}} is,
 * refused with what was typed and each problem next to its field.
 */
@Controller
class SnapshotPagesController {

    /** The words above the questions: the snapshot corrected is filled in, not the latest. */
    private static final String HINT = "ws.snapshot.answers";

    private final ApplicantRepository repository;
    private final Applicants applicants;
    private final AccessPolicy policy;
    private final MessageSource messages;
    private final ProfileQuestions questions;

    SnapshotPagesController(ApplicantRepository repository, Applicants applicants, AccessPolicy policy,
            MessageSource messages, ProfileQuestions questions) {
        this.questions = questions;
        this.repository = repository;
        this.applicants = applicants;
        this.policy = policy;
        this.messages = messages;
    }

    @GetMapping(WorkspacePages.SNAPSHOT)
    String snapshot(@PathVariable("lang") String lang, @PathVariable("applicantId") String applicantId,
            @PathVariable("snapshotId") String snapshotId, Caller caller, Model model) {
        ApplicantRepository.Applicant applicant = applicants.found(caller, applicantId);
        ApplicantRepository.Snapshot snapshot = repository.snapshots(policy.applicants(caller), applicantId).stream()
                .filter(s -> s.id().equals(snapshotId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Problem.of("notFound.snapshot", snapshotId, applicantId)));
        WorkspaceFrame.prepare(model, lang, "/workspace/applicants/" + applicantId + "/snapshots/" + snapshotId,
                "applicants", caller);
        model.addAttribute("applicant", applicant);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("storedDate", Language.byTag(lang).orElseThrow().date(snapshot.referenceDate()));
        if (!model.containsAttribute("problems")) {
            SnapshotForm.show(model, lang, questions, SnapshotForm.filledIn(snapshot.referenceDate(), snapshot.profile()),
                    FormProblems.NONE, HINT);
        }
        return "workspace/snapshot";
    }

    @PostMapping(WorkspacePages.SNAPSHOT)
    String correct(@PathVariable("lang") String lang, @PathVariable("applicantId") String applicantId,
            @PathVariable("snapshotId") String snapshotId, Caller caller, Model model, HttpServletResponse response,
            RedirectAttributes redirect, @RequestParam MultiValueMap<String, String> form) {
        applicants.found(caller, applicantId);
        SnapshotForm.Posted posted = SnapshotForm.Posted.of(form);
        try {
            applicants.correctSnapshot(caller, applicantId, snapshotId, SnapshotForm.profile(posted, questions));
            redirect.addFlashAttribute(ApplicantPagesController.SAVED, "snapshotCorrected");
            return "redirect:/" + lang + "/workspace/applicants/" + applicantId + "#snapshots";
        } catch (InvalidInputException e) {
            return refused(lang, applicantId, snapshotId, caller, model, response, posted,
                    e.violations().stream().map(Problems.Located::body).toList());
        } catch (InvalidRequestException e) {
            return refused(lang, applicantId, snapshotId, caller, model, response, posted, e.problems());
        }
    }

    private String refused(String lang, String applicantId, String snapshotId, Caller caller, Model model,
            HttpServletResponse response, SnapshotForm.Posted posted, List<Problems.Located> problems) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        List<ApplicantRepository.Snapshot> others = repository.snapshots(policy.applicants(caller), applicantId).stream()
                .filter(s -> !s.id().equals(snapshotId)).toList();
        SnapshotForm.show(model, lang, questions, posted, SnapshotForm.problems(problems, posted, lang, others, messages),
                HINT);
        return snapshot(lang, applicantId, snapshotId, caller, model);
    }
}
