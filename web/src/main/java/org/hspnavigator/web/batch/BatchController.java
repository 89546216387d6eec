package org.hspnavigator.web.batch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.web.system.ApiDocumentation;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.hspnavigator.web.system.RequestDocuments;
import org.hspnavigator.web.system.RequestLimits;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scores a CSV file of profiles as {@code hsp batch} does, streamed: the same columns and bytes as its
 * output file, with {@code category}, {@code date} and {@code excel} as its options of those names.
 */
@RestController
@Tag(name = "Batch", description = "The points of a CSV file of profiles (hsp batch)")
public class BatchController {

    static final String TEXT_CSV = "text/csv";

    /** The example of the request and its answer: two rows of examples/candidates.csv, one of them invalid. */
    static final String INPUT_EXAMPLE = """
            id,referenceDate,birthDate,annualSalaryYen,degrees.0.level,careerYears.specializedTechnical,\
            japaneseLanguage.jlpt
            A-001,2026-11-27,1994-03-10,8000000,MASTER,5,N2
            A-006,2026-11-27,1991-04-31,9000000,PHD,7,N2
            """;
    static final String OUTPUT_EXAMPLE = """
            id,line,referenceDate,ACADEMIC_RESEARCH.points,ACADEMIC_RESEARCH.eligible,SPECIALIZED_TECHNICAL.points,\
            SPECIALIZED_TECHNICAL.eligible,BUSINESS_MANAGEMENT.points,BUSINESS_MANAGEMENT.eligible,bestCategory,error
            A-001,2,2026-11-27,70,true,80,true,30,false,SPECIALIZED_TECHNICAL,
            A-006,3,,,,,,,,,"line 3: birthDate: ""1991-04-31"" is not a real date | degrees.0.level: unknown value \
            ""PHD""; expected one of DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, BACHELOR"
            """;

    private final QueryParameters parameters;
    private final RequestDocuments documents;
    private final RequestLimits limits;
    private final PointsEngine engine = PointsEngine.official();

    public BatchController(QueryParameters parameters, RequestDocuments documents, RequestLimits limits) {
        this.parameters = parameters;
        this.documents = documents;
        this.limits = limits;
    }

    @PostMapping(path = "/api/v1/batch", consumes = TEXT_CSV, produces = TEXT_CSV)
    @Operation(operationId = "batch", summary = "Score a CSV file of profiles, one output row per input row",
            description = "The body is what hsp batch reads: a header row of profile fields by their JSON path "
                    + "(birthDate, annualSalaryYen, degrees.0.level, ...) plus an optional id, then one profile per "
                    + "row; UTF-8 (a byte-order mark is fine) unless the Content-Type names another charset, such as "
                    + "windows-31j. The answer is the output file of hsp batch for the same text, byte for byte: id, "
                    + "line, referenceDate, points and eligibility per category, bestCategory, and for an invalid row "
                    + "its problems in the error column instead (invalid rows never stop the batch). It is streamed: "
                    + "rows are scored and sent as the body arrives, in constant memory. A bad header, an empty body "
                    + "or too many rows found before the answer began are problems (400, 413); found after it began, "
                    + "they end the answer with a last row whose error column says so (from which line no row was "
                    + "scored) and the connection is closed before the end of the chunked body, so that the client "
                    + "sees an incomplete response rather than a shorter batch.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                            examples = @ExampleObject(value = INPUT_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "One row per input row, in the input's order",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = OUTPUT_EXAMPLE)))
    public void batch(
            @Parameter(description = "Assess only this category (hsp batch --category), in any case",
                    schema = @Schema(ref = ApiDocumentation.CATEGORY))
            @RequestParam(name = "category", required = false) String category,
            @Parameter(description = "Score every row as of this date instead of its referenceDate (hsp batch --date), "
                    + "from 2013-12-24 to one year after today in Japan",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date,
            @Parameter(description = "A byte-order mark and CRLF line ends, as Excel expects (hsp batch --excel)",
                    schema = @Schema(type = "boolean", defaultValue = "false"))
            @RequestParam(name = "excel", required = false) String excel,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Problems.Located> problems = new ArrayList<>();
        Optional<Category> only = parameters.category(category, problems);
        Optional<LocalDate> asOf = parameters.date("date", date, problems);
        Optional<Boolean> forExcel = parameters.flag("excel", excel, problems);
        QueryParameters.requireNone(problems);
        Set<Category> categories = only.map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Category.class));
        new StreamedBatch(categories, forExcel.orElseThrow(), documents.reader(asOf), engine, limits.maxCsvRows())
                .run(request.getInputStream(), charset(request), response);
    }

    /**
     * The charset the Content-Type names, UTF-8 when it names none. Read from the header itself: Spring
     * Boot's encoding filter sets every request's encoding to UTF-8 before the controller sees it.
     * A charset Java does not know never gets here: Spring refuses its Content-Type with 415.
     */
    private static Charset charset(HttpServletRequest request) {
        Charset named = MediaType.parseMediaType(request.getContentType()).getCharset();
        return named == null ? StandardCharsets.UTF_8 : named;
    }
}
