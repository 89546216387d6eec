package org.hspnavigator.web.permanent;

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
import org.hspnavigator.engine.hsptwo.HspTwo;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.formats.applicant.ResidenceRequirement;
import org.hspnavigator.formats.permanent.PermanentResidenceJson;
import org.hspnavigator.formats.text.Explanations;
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

/** Checks a case for permanent residence and HSP(ii) as {@code hsp pr --json} does, on {@code date} (default today). */
@RestController
@Tag(name = "Permanent residence", description = "Permanent residence and HSP(ii) of a case (hsp pr)")
public class PermanentResidenceController {

    private final RequestDocuments documents;
    private final QueryParameters parameters;
    private final PermanentResidence permanentResidence = PermanentResidence.official();
    private final HspTwo hspTwo = HspTwo.official();

    public PermanentResidenceController(RequestDocuments documents, QueryParameters parameters) {
        this.documents = documents;
        this.parameters = parameters;
    }

    @PostMapping(path = "/api/v1/permanent-residence", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "permanentResidence", summary = "Check a case for permanent residence and HSP(ii)",
            description = "For an application on the date: each permanent-residence route (80 points for 1 year, "
                    + "70 points for 3 years, J-Skip for 1 year), whether it is met and the earliest date it is, and "
                    + "the same for the change to HSP(ii): the body of `hsp pr --json`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(ref = ApiDocumentation.CASE))))
    @ApiResponse(responseCode = "200", description = "The routes and HSP(ii)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.PERMANENT_RESIDENCE)))
    public ResponseEntity<byte[]> check(
            @Parameter(description = "The date of the application (default: today in Japan), from 2013-12-24 to one "
                    + "year after today", schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date,
            HttpServletRequest request) throws IOException {
        List<Problems.Located> problems = new ArrayList<>();
        LocalDate on = parameters.date("date", date, problems).orElseGet(parameters::today);
        ApplicantCase applicant = documents.applicantCase(request, problems);
        // As hsp pr: the years of residence are what permanent residence counts.
        Optional<Violation> noResidence = ResidenceRequirement.missing(applicant, "residence.for.pr");
        if (noResidence.isPresent()) {
            throw new InvalidRequestException(List.of(Problems.Located.body(noResidence.get())));
        }
        PermanentResidenceJson writer = new PermanentResidenceJson(Explanations.of(AcceptLanguage.of(request)));
        return JsonResponses.ok(writer.write(permanentResidence.assess(applicant, on), hspTwo.assess(applicant, on)));
    }
}
