package org.hspnavigator.web.selfassessment;

import java.time.Clock;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.summary.SheetSource;
import org.hspnavigator.report.writer.ReportKind;
import org.hspnavigator.report.writer.ReportWriter;
import org.hspnavigator.web.system.Pages;
import org.hspnavigator.web.system.ReportOptions;
import org.hspnavigator.web.system.ReportRenderings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant summary of the self-assessment's answers as PDF, in the page's language: the download
 * of the results page, a link that carries the answers as the results page's own links do, with the
 * permanent-residence dates of the case the results page makes of them ({@link SelfAssessmentCase}). Answers the
 * results page would refuse go back to it, which shows every problem next to its question.
 */
@Controller
public class SelfAssessmentReportController {

    private final ReferenceDates referenceDates;
    private final Clock clock;
    private final ReportWriter writer = ReportWriter.official(SheetSource.RESULTS_PAGE);
    private final PointsEngine engine = PointsEngine.official();
    private final ReportRenderings renderings;

    public SelfAssessmentReportController(ReferenceDates referenceDates, Clock clock, ReportRenderings renderings) {
        this.renderings = renderings;
        this.referenceDates = referenceDates;
        this.clock = clock;
    }

    @GetMapping(Pages.REPORT)
    ResponseEntity<byte[]> report(@PathVariable("lang") String lang, @RequestParam MultiValueMap<String, String> parameters) {
        Answers answers = Answers.of(parameters);
        ReportLanguage language = ReportLanguage.byTag(lang).orElseThrow();
        Profile profile;
        try {
            profile = answers.profile(new ProfileReader(referenceDates));
        } catch (InvalidInputException e) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, "/" + lang + "/self-assessment/results?" + answers.query()).build();
        }
        Profile reported = profile;
        // The case the results page checks permanent residence on, so that the summary gives its dates too.
        ApplicantCase applicant = SelfAssessmentCase.of(profile, engine.score(profile));
        byte[] pdf = renderings.render(() -> writer.write(ReportKind.SUMMARY, language, reported,
                Optional.of(applicant), answers.work(), clock.instant()));
        return ReportOptions.pdf(pdf, ReportOptions.filename(ReportKind.SUMMARY, language));
    }
}
