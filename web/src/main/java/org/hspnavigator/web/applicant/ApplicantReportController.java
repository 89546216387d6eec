package org.hspnavigator.web.applicant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.summary.SheetSource;
import org.hspnavigator.report.writer.ReportKind;
import org.hspnavigator.report.writer.ReportWriter;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.ApiDocumentation;
import org.hspnavigator.web.system.ConflictException;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.hspnavigator.web.system.ReportOptions;
import org.hspnavigator.web.system.ReportRenderings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDF report of a stored applicant, from the latest snapshot as it was stored (its own reference
 * date): the point calculation sheet or the applicant summary, with the permanent-residence dates when
 * the applicant's case is complete. Only the applicant's organization sees it, as every applicant
 * endpoint.
 */
@RestController
@Tag(name = "Applicants", description = "Applicants, their profile snapshots and assessments")
public class ApplicantReportController {

    private final ApplicantRepository repository;
    private final ApplicantCases cases;
    private final AccessPolicy policy;
    private final QueryParameters parameters;
    private final AuditLog audit;
    private final ReferenceDates referenceDates;
    private final Clock clock;
    private final ReportWriter writer = ReportWriter.official(SheetSource.API);
    private final ReportRenderings renderings;

    public ApplicantReportController(ApplicantRepository repository, ApplicantCases cases, AccessPolicy policy,
            QueryParameters parameters, AuditLog audit, ReferenceDates referenceDates, Clock clock,
            ReportRenderings renderings) {
        this.renderings = renderings;
        this.repository = repository;
        this.cases = cases;
        this.policy = policy;
        this.parameters = parameters;
        this.audit = audit;
        this.referenceDates = referenceDates;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/applicants/{applicantId}/report", produces = ReportOptions.PDF)
    @Operation(operationId = "applicantReport", summary = "The PDF report of the applicant's latest snapshot",
            description = "What `hsp report` writes for the latest snapshot, scored on its own reference date: "
                    + "kind=sheet (the default), the point calculation sheet (ポイント計算表); kind=summary, the "
                    + "applicant summary, with the permanent-residence dates once the case has its residence.")
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportOptions.PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The applicant has no snapshot yet, or its latest is no longer "
            + "valid (the detail says what)", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = ApiDocumentation.PROBLEM)))
    public ResponseEntity<byte[]> report(Caller caller, @PathVariable("applicantId") String applicantId,
            @Parameter(description = "The report: sheet (default) or summary", schema = @Schema(type = "string",
                    allowableValues = {"sheet", "summary"}))
            @RequestParam(name = "kind", required = false) String kind,
            @Parameter(description = "The category (default: the best, as hsp score names it)",
                    schema = @Schema(ref = ApiDocumentation.CATEGORY))
            @RequestParam(name = "category", required = false) String category,
            @Parameter(description = "The language: ja (default), en, zh, zh-Hant or ko", schema = @Schema(type = "string",
                    allowableValues = {"ja", "en", "zh", "zh-Hant", "ko"}))
            @RequestParam(name = "lang", required = false) String lang) {
        ApplicantScope scope = policy.applicants(caller);
        ApplicantRepository.Applicant applicant = repository.find(scope, applicantId)
                .orElseThrow(() -> new NotFoundException(Problem.of("notFound.applicant", applicantId)));
        List<Problems.Located> problems = new ArrayList<>();
        Optional<ReportKind> report = ReportOptions.kind(kind, problems);
        Optional<Category> only = parameters.category(category, problems);
        Optional<ReportLanguage> language = ReportOptions.language(lang, problems);
        QueryParameters.requireNone(problems);
        List<ApplicantRepository.Snapshot> snapshots = repository.snapshots(scope, applicantId);
        if (snapshots.isEmpty()) {
            throw new ConflictException(cases.caseOf(applicant, snapshots).missing().orElseThrow());
        }
        ApplicantRepository.Snapshot latest = snapshots.get(snapshots.size() - 1);
        List<Violation> stored = new ArrayList<>();
        Profile profile = new ProfileReader(referenceDates).read(ApplicantCases.parse(latest.profile()), "", stored)
                .orElseThrow(() -> new ConflictException(Problem.of("conflict.invalidSnapshot", stored.get(0))));
        Optional<ApplicantCase> applicantCase = cases.caseOf(applicant, snapshots).applicantCase();
        byte[] pdf = renderings.render(() -> writer.write(report.orElseThrow(), language.orElseThrow(), profile,
                applicantCase, only, clock.instant()));
        audit.record(caller, AuditAction.APPLICANT_READ, AuditLog.APPLICANT, applicantId);
        return ReportOptions.pdf(pdf, ReportOptions.stem(report.get(), language.get()), applicant.name());
    }
}
