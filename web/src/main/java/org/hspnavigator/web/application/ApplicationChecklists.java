package org.hspnavigator.web.application;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.procedure.Checklist;
import org.hspnavigator.engine.procedure.ChecklistRequest;
import org.hspnavigator.engine.procedure.Checklists;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.formats.procedure.ChecklistJson;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.applicant.ApplicantCases;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.applicant.IncompleteCaseException;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.ConflictException;
import org.hspnavigator.web.system.QueryParameters;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checklist of an application file: {@code hsp checklist --json} for the applicant's stored case,
 * the file's procedure, its filing date (today while none is set) and its expiry date, each document and
 * evidence item given a key ({@code document:ID}, {@code evidence:ITEM}) and whether it is collected.
 * The checklist is made anew at every request, so it follows the case; the marks are kept by key, and a
 * mark whose item the checklist no longer has is kept but not shown.
 */
@Component
public class ApplicationChecklists {

    private final ApplicantRepository applicants;
    private final ApplicantCases cases;
    private final ApplicationRepository repository;
    private final AccessPolicy policy;
    private final QueryParameters parameters;
    private final Checklists checklists = Checklists.official();
    private final Map<Language, ChecklistJson> writers = new EnumMap<>(Language.class);

    private static final String DOCUMENT = "document:";
    private static final String EVIDENCE = "evidence:";

    public ApplicationChecklists(ApplicantRepository applicants, ApplicantCases cases, ApplicationRepository repository,
            AccessPolicy policy, QueryParameters parameters) {
        this.applicants = applicants;
        this.cases = cases;
        this.repository = repository;
        this.policy = policy;
        this.parameters = parameters;
        for (Language language : Language.values()) {
            writers.put(language, new ChecklistJson(MessageTexts.of("checklist", language), Explanations.of(language)));
        }
    }

    /** The checklist with the file's marks, its texts in English (the keys and marks are the same in every language). */
    public ObjectNode withMarks(Caller caller, ApplicationRepository.Application application) {
        return withMarks(caller, application, Language.EN);
    }

    /**
     * The checklist with the file's marks, its texts in {@code language}; a 409 when the case lacks what the
     * checklist needs.
     */
    public ObjectNode withMarks(Caller caller, ApplicationRepository.Application application, Language language) {
        ObjectNode checklist = writers.get(language).write(checklist(caller, application));
        Map<String, Boolean> marks = new HashMap<>();
        repository.marks(policy.applicants(caller), application.id())
                .forEach(mark -> marks.put(mark.itemKey(), mark.collected()));
        int collected = 0;
        int items = 0;
        for (JsonNode document : checklist.withArray("documents")) {
            collected += mark((ObjectNode) document, DOCUMENT + document.get("id").stringValue(), marks);
            items++;
        }
        for (JsonNode item : checklist.withArray("evidence")) {
            collected += mark((ObjectNode) item, EVIDENCE + item.get("item").stringValue(), marks);
            items++;
        }
        checklist.put("applicationId", application.id());
        checklist.put("items", items);
        checklist.put("collected", collected);
        return checklist;
    }

    /**
     * The keys of the file's checklist items, in the checklist's order; the same refusals as {@link #withMarks},
     * without writing the checklist's texts or reading the marks (what a mark needs to check its key).
     */
    public Set<String> keys(Caller caller, ApplicationRepository.Application application) {
        Checklist checklist = checklist(caller, application);
        Set<String> keys = new LinkedHashSet<>();
        checklist.documents().forEach(document -> keys.add(DOCUMENT + document.id()));
        checklist.evidence().forEach(item -> keys.add(EVIDENCE + item.item().criterion().id()));
        return keys;
    }

    /** The checklist of the file for the applicant's stored case; a 409 when the case lacks what it needs. */
    private Checklist checklist(Caller caller, ApplicationRepository.Application application) {
        ApplicantScope scope = policy.applicants(caller);
        ApplicantRepository.Applicant applicant = applicants.find(scope, application.applicantId()).orElseThrow();
        ApplicantCases.Outcome outcome = cases.caseOf(applicant, applicants.snapshots(scope, applicant.id()));
        ApplicantCase applicantCase = outcome.applicantCase()
                .orElseThrow(() -> new IncompleteCaseException(outcome.gap().orElseThrow()));
        Procedure procedure = application.procedure().procedure();
        Optional<Problem> noCategory = ChecklistOptions.employerCategoryProblem(applicantCase, procedure);
        if (noCategory.isPresent()) {
            throw new ConflictException(Problem.of("conflict.field", "employerCategory", noCategory.get()));
        }
        LocalDate on = application.filingDate().orElseGet(parameters::today);
        Optional<LocalDate> expiry = ChecklistOptions.expiryProblem(procedure).isPresent()
                ? Optional.empty() : application.periodOfStayExpiry();
        ChecklistRequest request = ChecklistRequest.of(applicantCase, procedure, on, expiry)
                .orElseThrow(() -> new ConflictException(QueryParameters.beforeFirstSnapshot(on, true,
                        applicantCase.firstSnapshotDate(), ChecklistOptions.BEFORE_FIRST_SNAPSHOT).violation().reason()));
        return checklists.build(request);
    }

    private static int mark(ObjectNode item, String key, Map<String, Boolean> marks) {
        boolean collected = marks.getOrDefault(key, false);
        item.put("key", key);
        item.put("collected", collected);
        return collected ? 1 : 0;
    }
}
