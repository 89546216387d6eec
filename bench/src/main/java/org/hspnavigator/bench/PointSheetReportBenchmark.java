package org.hspnavigator.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.sheet.PointSheetPdf;
import org.hspnavigator.report.sheet.PointSheets;
import org.hspnavigator.report.summary.SheetSource;
import org.hspnavigator.report.writer.ReportKind;
import org.hspnavigator.report.writer.ReportWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reports ({@code hsp report}) of Mr. Zhang, warm: one operation scores the profile and writes the
 * whole PDF (the fonts lent, the glyphs subset, the pages laid out and saved), the point calculation
 * sheet and the applicant summary (which also runs the advisor and the forecast), in Japanese, English,
 * Simplified Chinese and Korean (WenQuanYi Micro Hei with IPAexGothic for what it lacks). The aim of the
 * reports is under 100 ms per report.
 *
 * <pre>java -jar bench/target/benchmarks.jar PointSheetReport</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PointSheetReportBenchmark {

    private static final String ZHANG = """
            {"referenceDate": "2026-11-27", "birthDate": "1994-03-10", "annualSalaryYen": 8000000,
             "degrees": [{"level": "MASTER", "field": "Computer science"}],
             "careerYears": {"specializedTechnical": 5}, "japaneseLanguage": {"jlpt": "N2"}}""";
    private static final Instant CREATED = Instant.parse("2026-11-27T00:00:00Z");

    @Param({"ja", "en", "zh", "ko"})
    public String language;

    private PointsEngine engine;
    private Profile profile;
    private PointSheetPdf writer;
    private ReportWriter reports;
    private ReportLanguage reportLanguage;

    @Setup
    public void setUp() throws Exception {
        engine = PointsEngine.official();
        ProfileReader reader = new ProfileReader(new ReferenceDates(Clock.systemUTC(), engine.ruleBook().earliestDate()));
        profile = ProfileDocuments.read(new ByteArrayInputStream(ZHANG.getBytes(StandardCharsets.UTF_8)), reader)
                .profiles().get(0);
        reportLanguage = ReportLanguage.byTag(language).orElseThrow();
        writer = new PointSheetPdf(reportLanguage);
        reports = ReportWriter.official(SheetSource.COMMAND_LINE);
    }

    @Benchmark
    public byte[] pointSheet() {
        ScoreResult result = engine.score(profile);
        return writer.write(PointSheets.of(result, profile, result.defaultCategory()), CREATED);
    }

    @Benchmark
    public byte[] summary() {
        return reports.write(ReportKind.SUMMARY, reportLanguage, profile, Optional.empty(), Optional.empty(), CREATED);
    }
}
