package org.hspnavigator.web.checklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.procedure.ChecklistRequest;
import org.hspnavigator.engine.procedure.Checklists;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.formats.procedure.ChecklistJson;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.profile.DateParameter;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.system.AcceptLanguage;
import org.hspnavigator.web.system.ApiDocumentation;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.hspnavigator.web.system.RequestDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Builds the checklist of a procedure for a case as {@code hsp checklist --json} does, with
 * {@code procedure} (required), {@code date} and {@code expiry} as its options.
 */
@RestController
@Tag(name = "Checklists", description = "Documents, fees and deadlines of a procedure (hsp checklist)")
public class ChecklistController {

    private final RequestDocuments documents;
    private final QueryParameters parameters;
    private final Checklists checklists = Checklists.official();

    public ChecklistController(RequestDocuments documents, QueryParameters parameters) {
        this.documents = documents;
        this.parameters = parameters;
    }

    @PostMapping(path = "/api/v1/checklists", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "checklist", summary = "Build the checklist of a procedure for a case",
            description = "The points to prove and their evidence, the documents, the fees and the deadlines of a "
                    + "Certificate of Eligibility (coe), a change of status (change), an extension or permanent "
                    + "residence (pr): the body of `hsp checklist --json`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(ref = ApiDocumentation.CASE))))
    @ApiResponse(responseCode = "200", description = "The checklist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.CHECKLIST)))
    public ResponseEntity<byte[]> checklist(
            @Parameter(description = "The procedure: coe, change, extension or pr, in any case", required = true,
                    schema = @Schema(type = "string", allowableValues = {"coe", "change", "extension", "pr"}))
            @RequestParam(name = "procedure", required = false) String procedure,
            @Parameter(description = "The date of the application (default: today in Japan), from 2013-12-24 to one "
                    + "year after today", schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date,
            @Parameter(description = "change and extension only: the day the current period of stay expires",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "expiry", required = false) String expiry,
            HttpServletRequest request) throws IOException {
        List<Problems.Located> problems = new ArrayList<>();
        Optional<Procedure> chosen = Optional.empty();
        if (procedure == null) {
            problems.add(Problems.Located.query("procedure", ChecklistOptions.procedureRequired()));
        } else {
            chosen = QueryParameters.read("procedure", ChecklistOptions.procedure(procedure), problems);
        }
        Optional<LocalDate> expires = expiry(expiry, chosen, problems);
        Optional<LocalDate> given = parameters.date("date", date, problems);
        LocalDate on = given.orElseGet(parameters::today);
        ApplicantCase applicant = documents.applicantCase(request, problems);
        // As hsp checklist, in its order: only a Certificate of Eligibility can be prepared for an applicant
        // abroad, and then the documents depend on the employer's category.
        Optional<Violation> noResidence = ChecklistOptions.residenceProblem(applicant, chosen.orElseThrow());
        if (noResidence.isPresent()) {
            throw new InvalidRequestException(List.of(Problems.Located.body(noResidence.get())));
        }
        Optional<Problem> noEmployerCategory = ChecklistOptions.employerCategoryProblem(applicant, chosen.get());
        if (noEmployerCategory.isPresent()) {
            throw new InvalidRequestException(List.of(Problems.Located.body(
                    new Violation("employerCategory", noEmployerCategory.get()))));
        }
        Optional<ChecklistRequest> checklistRequest = ChecklistRequest.of(applicant, chosen.get(), on, expires);
        if (checklistRequest.isEmpty()) {
            throw new InvalidRequestException(List.of(QueryParameters.beforeFirstSnapshot(on, given.isPresent(),
                    applicant.firstSnapshotDate(), ChecklistOptions.BEFORE_FIRST_SNAPSHOT)));
        }
        Language language = AcceptLanguage.of(request);
        ChecklistJson writer = new ChecklistJson(MessageTexts.of("checklist", language), Explanations.of(language));
        return JsonResponses.ok(writer.write(checklists.build(checklistRequest.get())));
    }

    private static Optional<LocalDate> expiry(String expiry, Optional<Procedure> procedure,
            List<Problems.Located> problems) {
        if (expiry == null) {
            return Optional.empty();
        }
        Optional<Problem> notApplicable = procedure.flatMap(ChecklistOptions::expiryProblem);
        if (notApplicable.isPresent()) {
            problems.add(Problems.Located.query("expiry", notApplicable.get()));
            return Optional.empty();
        }
        DateParameter.Parsed parsed = ChecklistOptions.expiry(expiry);
        if (parsed.date() == null) {
            problems.add(Problems.Located.query("expiry", parsed.problem()));
        }
        return Optional.ofNullable(parsed.date());
    }
}
