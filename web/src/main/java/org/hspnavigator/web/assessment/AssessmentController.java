package org.hspnavigator.web.assessment;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.DocumentAssessment;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.web.system.AcceptLanguage;
import org.hspnavigator.web.system.ApiDocumentation;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.hspnavigator.web.system.RequestDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scores profiles as {@code hsp score --json} does, with {@code category} and {@code date} as its options. */
@RestController
@Tag(name = "Points", description = "The HSP points of profiles (hsp score)")
public class AssessmentController {

    private final RequestDocuments documents;
    private final QueryParameters parameters;
    private final PointsEngine engine = PointsEngine.official();

    public AssessmentController(RequestDocuments documents, QueryParameters parameters) {
        this.documents = documents;
        this.parameters = parameters;
    }

    @PostMapping(path = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "assess", summary = "Score one profile or an array of profiles",
            description = "The points of each profile in each HSP category, item by item, with the verdict and "
                    + "the J-Skip criteria: the body of `hsp score --json`. An array of profiles gives an array of "
                    + "assessments in the same order; a problem in one profile is named by its index ([3].birthDate).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(ref = ApiDocumentation.PROFILE_DOCUMENT))))
    @ApiResponse(responseCode = "200", description = "The assessment (an array for an array of profiles)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.ASSESSMENT_DOCUMENT)))
    public ResponseEntity<byte[]> assess(
            @Parameter(description = "Assess only this category (hsp score --category), in any case",
                    schema = @Schema(ref = ApiDocumentation.CATEGORY))
            @RequestParam(name = "category", required = false) String category,
            @Parameter(description = "Score as of this date instead of each profile's referenceDate (hsp score --date), "
                    + "from 2013-12-24 to one year after today in Japan",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date,
            HttpServletRequest request) throws IOException {
        List<Problems.Located> problems = new ArrayList<>();
        Optional<Category> only = parameters.category(category, problems);
        Optional<LocalDate> asOf = parameters.date("date", date, problems);
        ProfileDocument document = documents.profiles(request, asOf, problems);
        Set<Category> categories = only.map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Category.class));
        AssessmentJson writer = new AssessmentJson(Explanations.of(AcceptLanguage.of(request)));
        DocumentAssessment assessed = DocumentAssessment.of(document, categories, engine);
        return JsonResponses.ok(out -> writer.write(assessed, out));
    }
}
