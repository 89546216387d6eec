package org.hspnavigator.web.family;

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
import org.hspnavigator.engine.family.FamilyFacts;
import org.hspnavigator.engine.family.FamilyPreferences;
import org.hspnavigator.formats.family.FamilyJson;
import org.hspnavigator.formats.text.MessageTexts;
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

/** Assesses the family preferences of a case as {@code hsp family --json} does, on {@code date} (default today). */
@RestController
@Tag(name = "Family", description = "Spouse, parents and domestic workers (hsp family)")
public class FamilyController {

    private final RequestDocuments documents;
    private final QueryParameters parameters;
    private final FamilyPreferences preferences = new FamilyPreferences();

    public FamilyController(RequestDocuments documents, QueryParameters parameters) {
        this.documents = documents;
        this.parameters = parameters;
    }

    @PostMapping(path = "/api/v1/family", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "family", summary = "Assess the family preferences of a case",
            description = "Whether the spouse may work, parents may come, and how many domestic workers may be "
                    + "brought, on the date: the body of `hsp family --json`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(ref = ApiDocumentation.CASE))))
    @ApiResponse(responseCode = "200", description = "The family preferences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.FAMILY)))
    public ResponseEntity<byte[]> assess(
            @Parameter(description = "The date of the assessment (default: today in Japan), from 2013-12-24 to one "
                    + "year after today", schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date,
            HttpServletRequest request) throws IOException {
        List<Problems.Located> problems = new ArrayList<>();
        Optional<LocalDate> given = parameters.date("date", date, problems);
        LocalDate on = given.orElseGet(parameters::today);
        ApplicantCase applicant = documents.applicantCase(request, problems);
        Optional<FamilyFacts> facts = FamilyFacts.of(applicant, on);
        if (facts.isEmpty()) {
            throw new InvalidRequestException(List.of(QueryParameters.beforeFirstSnapshot(on, given.isPresent(),
                    applicant.firstSnapshotDate(), FamilyJson.BEFORE_FIRST_SNAPSHOT)));
        }
        FamilyJson writer = new FamilyJson(MessageTexts.of("family", AcceptLanguage.of(request)));
        return JsonResponses.ok(writer.write(facts.get(), preferences.assess(facts.get())));
    }
}
