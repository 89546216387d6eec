package org.hspnavigator.web.advice;

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
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Advisor;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.advice.AdviceJson;
import org.hspnavigator.formats.advice.AdviceOptions;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.JsonPath;
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

/** Advises one profile as {@code hsp advise --json} does, with {@code target}, {@code category}, {@code limit} and {@code date}. */
@RestController
@Tag(name = "Advice", description = "What to change to reach 70 or 80 points (hsp advise)")
public class AdviceController {

    private final RequestDocuments documents;
    private final QueryParameters parameters;
    private final Advisor advisor = new Advisor(PointsEngine.official());

    public AdviceController(RequestDocuments documents, QueryParameters parameters) {
        this.documents = documents;
        this.parameters = parameters;
    }

    @PostMapping(path = "/api/v1/advice", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "advise", summary = "Advise one profile",
            description = "The smallest changes (salary, Japanese, a degree...) that bring the profile to the target, "
                    + "the best first, and how its points change by themselves over time: the body of `hsp advise --json`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(ref = ApiDocumentation.PROFILE))))
    @ApiResponse(responseCode = "200", description = "The advice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.ADVICE)))
    public ResponseEntity<byte[]> advise(
            @Parameter(description = "The points to reach: 70 (the visa) or 80 (the one-year permanent-residence route)",
                    schema = @Schema(type = "integer", minimum = "70", maximum = "80", defaultValue = "70"))
            @RequestParam(name = "target", required = false) String target,
            @Parameter(description = "Advise on this category, in any case; default: the best category, else the one "
                    + "with the most points", schema = @Schema(ref = ApiDocumentation.CATEGORY))
            @RequestParam(name = "category", required = false) String category,
            @Parameter(description = "At most this many suggestions, the best first",
                    schema = @Schema(type = "integer", minimum = "1", defaultValue = "5"))
            @RequestParam(name = "limit", required = false) String limit,
            @Parameter(description = "Advise as of this date instead of the profile's referenceDate, from 2013-12-24 "
                    + "to one year after today in Japan", schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date,
            HttpServletRequest request) throws IOException {
        List<Problems.Located> problems = new ArrayList<>();
        Optional<Integer> points = target == null ? Optional.of(AdviceOptions.DEFAULT_TARGET)
                : QueryParameters.read("target", AdviceOptions.target(target), problems);
        Optional<Integer> shown = limit == null ? Optional.of(AdviceOptions.DEFAULT_LIMIT)
                : QueryParameters.read("limit", AdviceOptions.limit(limit), problems);
        Optional<Category> only = parameters.category(category, problems);
        Optional<LocalDate> asOf = parameters.date("date", date, problems);
        ProfileDocument document = documents.profiles(request, asOf, problems);
        if (document.isArray()) {
            throw new InvalidRequestException(List.of(Problems.Located.body(new Violation(JsonPath.ROOT,
                    Problem.of(AdviceJson.ONE_PROFILE_ONLY)))));
        }
        Profile profile = document.profiles().get(0);
        Advice advice = only.isPresent() ? advisor.advise(profile, only.get(), points.get())
                : advisor.advise(profile, points.get());
        AdviceJson writer = new AdviceJson(Explanations.of(AcceptLanguage.of(request)));
        return JsonResponses.ok(writer.write(advice, shown.get()));
    }
}
