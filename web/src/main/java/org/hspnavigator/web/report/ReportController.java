package org.hspnavigator.web.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.applicant.OneApplicant;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.summary.SheetSource;
import org.hspnavigator.report.writer.ReportKind;
import org.hspnavigator.report.writer.ReportWriter;
import org.hspnavigator.web.system.ApiDocumentation;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.JsonRequestBodies;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.hspnavigator.web.system.ReportOptions;
import org.hspnavigator.web.system.ReportRenderings;
import org.hspnavigator.web.system.RequestDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Writes the PDF report of a profile or a case as {@code hsp report} does, with its options as query parameters. */
@RestController
@Tag(name = "Reports", description = "PDF reports of one applicant (hsp report)")
public class ReportController {

    /** Why an array of profiles gets no report: a key of the {@code validation} bundle. */
    static final String ONE_PROFILE_ONLY = "array.report";

    private final JsonRequestBodies bodies;
    private final RequestDocuments documents;
    private final QueryParameters parameters;
    private final ReferenceDates referenceDates;
    private final Clock clock;
    private final ReportWriter writer = ReportWriter.official(SheetSource.API);
    private final ReportRenderings renderings;

    public ReportController(JsonRequestBodies bodies, RequestDocuments documents, QueryParameters parameters,
            ReferenceDates referenceDates, Clock clock, ReportRenderings renderings) {
        this.renderings = renderings;
        this.bodies = bodies;
        this.documents = documents;
        this.parameters = parameters;
        this.referenceDates = referenceDates;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE, produces = ReportOptions.PDF)
    @Operation(operationId = "report", summary = "The PDF report of one profile or case",
            description = "The file `hsp report` writes: kind=sheet (the default), the point calculation sheet "
                    + "(ポイント計算表) of the category laid out like the ISA's, with the applicant's rows, the points, "
                    + "the total, the verdict and the evidence to attach; kind=summary, the applicant summary (the "
                    + "categories compared, the advisor's top changes, the points forecast chart, the "
                    + "permanent-residence dates of a case, the documents to prepare). The body is one profile, or a "
                    + "case taken as its snapshot on the date.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)))
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportOptions.PDF, schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> report(
            @Parameter(description = "The report: sheet (default) or summary", schema = @Schema(type = "string",
                    allowableValues = {"sheet", "summary"}))
            @RequestParam(name = "kind", required = false) String kind,
            @Parameter(description = "The category of the sheet or summary (default: the best, as hsp score names it)",
                    schema = @Schema(ref = ApiDocumentation.CATEGORY))
            @RequestParam(name = "category", required = false) String category,
            @Parameter(description = "A profile: score as of this date instead of its referenceDate. A case: its "
                    + "snapshot on this date (default: today in Japan). From 2013-12-24 to one year after today",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date,
            @Parameter(description = "The language: ja (default), en, zh, zh-Hant or ko", schema = @Schema(type = "string",
                    allowableValues = {"ja", "en", "zh", "zh-Hant", "ko"}))
            @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request) throws IOException {
        List<Problems.Located> problems = new ArrayList<>();
        Optional<ReportKind> report = ReportOptions.kind(kind, problems);
        Optional<Category> only = parameters.category(category, problems);
        Optional<LocalDate> asOf = parameters.date("date", date, problems);
        Optional<ReportLanguage> language = ReportOptions.language(lang, problems);
        OneApplicant read;
        try (InputStream in = bodies.read(request)) {
            read = OneApplicant.read(in.readAllBytes(), documents.reader(asOf), new CaseReader(referenceDates),
                    ONE_PROFILE_ONLY);
        } catch (InvalidInputException e) {
            e.violations().forEach(violation -> problems.add(Problems.Located.body(violation)));
            throw new InvalidRequestException(problems);
        }
        QueryParameters.requireNone(problems);
        Profile profile;
        Optional<ApplicantCase> applicant = read.applicant();
        if (applicant.isPresent()) {
            LocalDate on = asOf.orElseGet(parameters::today);
            profile = applicant.get().profileOn(on).orElseThrow(() -> new InvalidRequestException(List.of(
                    QueryParameters.beforeFirstSnapshot(on, asOf.isPresent(), applicant.get().firstSnapshotDate(),
                            "consequence.report"))));
        } else {
            profile = read.profile().orElseThrow();
        }
        Profile reported = profile;
        byte[] pdf = renderings.render(() -> writer.write(report.orElseThrow(), language.orElseThrow(), reported,
                applicant, only, clock.instant()));
        return ReportOptions.pdf(pdf, ReportOptions.filename(report.get(), language.get()));
    }
}
