package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.JsonFields;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.applicant.Applicants;
import org.hspnavigator.web.application.ApplicationRepository;
import org.hspnavigator.web.application.ApplicationStatus;
import org.hspnavigator.web.application.ProcedureKind;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.deadline.DeadlineItem;
import org.hspnavigator.web.deadline.Deadlines;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.selfassessment.ProfileQuestions;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
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
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The applicants' pages: the list with its search and filters (category, status of a file, a deadline
 * in the next 30 or 90 days) and the form to add one; an applicant's page with the facts, the points
 * over time, the snapshots, the application files and the coming deadlines, and the form to add a
 * snapshot (the self-assessment's questions, filled in with the latest snapshot's answers); the form to
 * change an applicant's facts. Adding and changing go through {@link Applicants},
 * as the API's do.
 */
@Controller
class ApplicantPagesController {

    /** How far ahead the applicant's page lists deadlines, as the calendar does. */
    static final int DAYS_AHEAD = 90;
    /**
     * The model's name for what the last form saved (applicant, snapshot, status, checklist), carried over
     * the redirect that follows it, so that the next page says it was saved next to where it was.
     */
    static final String SAVED = "saved";

    private final ApplicantRepository repository;
    private final ApplicationRepository applications;
    private final Applicants applicants;
    private final Deadlines deadlines;
    private final AccessPolicy policy;
    private final QueryParameters parameters;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ProfileQuestions questions;

    ApplicantPagesController(ApplicantRepository repository, ApplicationRepository applications, Applicants applicants,
            Deadlines deadlines, AccessPolicy policy, QueryParameters parameters, AuditLog audit, MessageSource messages,
            ProfileQuestions questions) {
        this.messages = messages;
        this.questions = questions;
        this.repository = repository;
        this.applications = applications;
        this.applicants = applicants;
        this.deadlines = deadlines;
        this.policy = policy;
        this.parameters = parameters;
        this.audit = audit;
    }

    /** A row of the applicants' list. */
    record Row(ApplicantRepository.Applicant applicant, Optional<PointsOnDay> latest, List<ApplicationStatus> statuses,
            Optional<LocalDate> nextDeadline) {
    }

    @GetMapping(WorkspacePages.HOME)
    String home(@PathVariable("lang") String lang) {
        return "redirect:/" + lang + "/workspace/applicants";
    }

    @GetMapping(WorkspacePages.APPLICANTS)
    String list(@PathVariable("lang") String lang, Caller caller, Model model,
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "category", defaultValue = "") String category,
            @RequestParam(name = "status", defaultValue = "") String status,
            @RequestParam(name = "due", defaultValue = "") String due) {
        ApplicantScope scope = policy.applicants(caller);
        Optional<Category> wantedCategory = enumOf(Category.class, category);
        Optional<ApplicationStatus> wantedStatus = enumOf(ApplicationStatus.class, status);
        Optional<Integer> dueDays = due.equals("30") || due.equals("90") ? Optional.of(Integer.parseInt(due)) : Optional.empty();
        LocalDate today = parameters.today();
        Map<String, List<ApplicationStatus>> statuses = new HashMap<>();
        applications.list(scope, Optional.empty()).forEach(file ->
                statuses.computeIfAbsent(file.applicantId(), id -> new ArrayList<>()).add(file.status()));
        Map<String, LocalDate> nextDeadline = new HashMap<>();
        for (DeadlineItem item : deadlines.between(scope, today, today, today.plusDays(DAYS_AHEAD - 1), Optional.empty(),
                Language.EN)) {
            nextDeadline.putIfAbsent(item.applicantId(), item.date());
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        List<Row> rows = new ArrayList<>();
        for (ApplicantRepository.Applicant applicant : repository.list(scope)) {
            List<ApplicantRepository.StoredAssessment> history = repository.assessments(scope, applicant.id());
            Optional<PointsOnDay> latest = history.stream().max(Comparator.comparing(ApplicantRepository.StoredAssessment::assessedOn)
                    .thenComparing(ApplicantRepository.StoredAssessment::id)).map(PointsOnDay::of);
            Row row = new Row(applicant, latest, statuses.getOrDefault(applicant.id(), List.of()),
                    Optional.ofNullable(nextDeadline.get(applicant.id())));
            boolean matches = (needle.isEmpty() || applicant.name().toLowerCase(Locale.ROOT).contains(needle)
                    || applicant.reference().map(r -> r.toLowerCase(Locale.ROOT).contains(needle)).orElse(false))
                    && wantedCategory.map(c -> latest.flatMap(PointsOnDay::best).filter(c::equals).isPresent()).orElse(true)
                    && wantedStatus.map(row.statuses()::contains).orElse(true)
                    && dueDays.map(days -> row.nextDeadline().filter(d -> d.isBefore(today.plusDays(days))).isPresent())
                            .orElse(true);
            if (matches) {
                rows.add(row);
            }
        }
        audit.record(caller, AuditAction.APPLICANTS_LISTED, AuditLog.ORGANIZATION, caller.organizationId());
        WorkspaceFrame.prepare(model, lang, "/workspace/applicants" + filterQuery(query, category, status, due),
                "applicants", caller);
        model.addAttribute("rows", rows);
        model.addAttribute("q", query);
        model.addAttribute("category", wantedCategory.map(Enum::name).orElse(""));
        model.addAttribute("status", wantedStatus.map(Enum::name).orElse(""));
        model.addAttribute("due", dueDays.map(String::valueOf).orElse(""));
        model.addAttribute("categories", Category.values());
        model.addAttribute("statuses", ApplicationStatus.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.NONE);
            model.addAttribute("form", Map.of());
        }
        return "workspace/applicants";
    }

    @PostMapping(WorkspacePages.APPLICANTS)
    String create(@PathVariable("lang") String lang, Caller caller, Model model, HttpServletResponse response,
            RedirectAttributes redirect, @RequestParam Map<String, String> form) {
        ObjectNode node = ApplicantFactsForm.node(form);
        try {
            List<Violation> violations = new ArrayList<>();
            JsonFields fields = JsonFields.of(node, "", violations, Applicants.FIELDS, "what.applicant").orElseThrow();
            String id = applicants.create(caller, applicants.facts(node, fields, violations, List.of()));
            redirect.addFlashAttribute(SAVED, "applicant");
            return "redirect:/" + lang + "/workspace/applicants/" + id;
        } catch (InvalidRequestException e) {
            factsRefused(e, form, lang, model, response);
            return list(lang, caller, model, "", "", "", "");
        }
    }

    @GetMapping(WorkspacePages.APPLICANT)
    String applicant(@PathVariable("lang") String lang, @PathVariable("applicantId") String applicantId, Caller caller,
            Model model) {
        ApplicantRepository.Applicant applicant = applicants.found(caller, applicantId);
        ApplicantScope scope = policy.applicants(caller);
        List<ApplicantRepository.Snapshot> snapshots = repository.snapshots(scope, applicantId);
        List<PointsOnDay> history = repository.assessments(scope, applicantId).stream().map(PointsOnDay::of)
                .sorted(Comparator.comparing(PointsOnDay::date)).toList();
        LocalDate today = parameters.today();
        audit.record(caller, AuditAction.APPLICANT_READ, AuditLog.APPLICANT, applicantId);
        WorkspaceFrame.prepare(model, lang, "/workspace/applicants/" + applicantId, "applicants", caller);
        model.addAttribute("applicant", applicant);
        Language language = Language.byTag(lang).orElseThrow();
        model.addAttribute("continuousSince", applicant.residence().map(residence -> continuousSince(residence, language))
                .orElse(""));
        model.addAttribute("snapshots", newestFirst(snapshots));
        model.addAttribute("history", newestFirst(history));
        model.addAttribute("chart", PointsChart.of(history).orElse(null));
        model.addAttribute("categories", Category.values());
        model.addAttribute("files", applications.list(scope, Optional.of(applicantId)));
        model.addAttribute("procedures", ProcedureKind.values());
        model.addAttribute("deadlines", deadlines.forReaders(scope, today, today, today.plusDays(DAYS_AHEAD - 1),
                Optional.of(applicantId), language));
        model.addAttribute("today", today);
        if (!model.containsAttribute("fileProblem")) {
            model.addAttribute("fileProblem", null);
            model.addAttribute("filingDate", "");
            model.addAttribute("chosenProcedure", "");
        }
        if (!model.containsAttribute("problems")) {
            // The consultant usually changes one or two answers of the latest snapshot.
            SnapshotForm.show(model, lang, questions, snapshots.isEmpty() ? SnapshotForm.empty(today)
                    : SnapshotForm.filledIn(today, snapshots.get(snapshots.size() - 1).profile()), FormProblems.NONE,
                    snapshots.isEmpty() ? "ws.snapshots.answers.none" : "ws.snapshots.answers");
        }
        return "workspace/applicant";
    }

    /** The form to change an applicant's facts, filled in with the stored ones. */
    @GetMapping(WorkspacePages.APPLICANT_FACTS)
    String facts(@PathVariable("lang") String lang, @PathVariable("applicantId") String applicantId, Caller caller,
            Model model) {
        ApplicantRepository.Applicant applicant = applicants.found(caller, applicantId);
        WorkspaceFrame.prepare(model, lang, "/workspace/applicants/" + applicantId + "/facts", "applicants", caller);
        model.addAttribute("applicant", applicant);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.NONE);
            model.addAttribute("form", ApplicantFactsForm.values(applicant));
        }
        return "workspace/applicant-facts";
    }

    /**
     * Changes an applicant's facts as the API's {@code PUT /api/v1/applicants/{id}} does, checked with the
     * stored snapshots; refused, the form again with what was typed and each problem next to its field.
     */
    @PostMapping(WorkspacePages.APPLICANT_FACTS)
    String changeFacts(@PathVariable("lang") String lang, @PathVariable("applicantId") String applicantId, Caller caller,
            Model model, HttpServletResponse response, RedirectAttributes redirect,
            @RequestParam Map<String, String> form) {
        ApplicantRepository.Applicant stored = applicants.found(caller, applicantId);
        ObjectNode node = ApplicantFactsForm.node(form, Optional.of(stored));
        try {
            List<Violation> violations = new ArrayList<>();
            JsonFields fields = JsonFields.of(node, "", violations, Applicants.FIELDS, "what.applicant").orElseThrow();
            applicants.update(caller, applicantId, node, fields, violations);
            redirect.addFlashAttribute(SAVED, "facts");
            return "redirect:/" + lang + "/workspace/applicants/" + applicantId;
        } catch (InvalidRequestException e) {
            factsRefused(e, form, lang, model, response);
            return facts(lang, applicantId, caller, model);
        }
    }

    /** A refused form of facts: a 400 whose page shows what was typed, each problem next to its field. */
    private static void factsRefused(InvalidRequestException refused, Map<String, String> form, String lang, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", FormProblems.of(refused.problems(), ApplicantFactsForm.FIELDS, lang));
        model.addAttribute("form", form);
    }

    /**
     * Adds a snapshot: the answers to the questions, or the profile JSON pasted instead (the format of
     * {@code hsp score}), on the date of the date field; refused, the form again with what was typed and
     * each problem next to its field.
     */
    @PostMapping(WorkspacePages.SNAPSHOTS)
    String addSnapshot(@PathVariable("lang") String lang, @PathVariable("applicantId") String applicantId, Caller caller,
            Model model, HttpServletResponse response, RedirectAttributes redirect,
            @RequestParam MultiValueMap<String, String> form) {
        applicants.found(caller, applicantId);
        SnapshotForm.Posted posted = SnapshotForm.Posted.of(form);
        try {
            applicants.addSnapshot(caller, applicantId, SnapshotForm.profile(posted, questions));
            redirect.addFlashAttribute(SAVED, "snapshot");
            return "redirect:/" + lang + "/workspace/applicants/" + applicantId + "#snapshots";
        } catch (InvalidInputException e) {
            return snapshotRefused(lang, applicantId, caller, model, response, posted,
                    e.violations().stream().map(Problems.Located::body).toList());
        } catch (InvalidRequestException e) {
            return snapshotRefused(lang, applicantId, caller, model, response, posted, e.problems());
        }
    }

    private String snapshotRefused(String lang, String applicantId, Caller caller, Model model,
            HttpServletResponse response, SnapshotForm.Posted posted, List<Problems.Located> problems) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        SnapshotForm.show(model, lang, questions, posted, SnapshotForm.problems(problems, posted, lang,
                repository.snapshots(policy.applicants(caller), applicantId), messages), "ws.snapshots.answers");
        return applicant(lang, applicantId, caller, model);
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(list);
        return list;
    }

    /** The day of the stored residence's continuousSince as the page's language writes a date. */
    private static String continuousSince(String residence, Language language) {
        try {
            JsonNode since = StrictJson.parse(residence).get("continuousSince");
            return since == null || since.isNull() ? "" : language.date(LocalDate.parse(since.asString()));
        } catch (InvalidInputException | java.time.format.DateTimeParseException e) {
            return "";
        }
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name) {
        Set<String> names = new HashSet<>();
        for (E value : type.getEnumConstants()) {
            names.add(value.name());
        }
        return names.contains(name) ? Optional.of(Enum.valueOf(type, name)) : Optional.empty();
    }

    private static String filterQuery(String query, String category, String status, String due) {
        StringBuilder q = new StringBuilder();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("q", query);
        values.put("category", category);
        values.put("status", status);
        values.put("due", due);
        values.forEach((name, value) -> {
            if (!value.isEmpty()) {
                q.append(q.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }
}
