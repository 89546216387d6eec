package org.hspnavigator.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
 * The point calculation report ({@code hsp report}) of Mr. Zhang, warm: one operation scores the
 * profile and writes the whole PDF (the font parsed and subset, the pages laid out and saved), in
 * Japanese and in English. The aim of the reports is under 100 ms per report.
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

    @Param({"ja", "en"})
    public String language;

    private PointsEngine engine;
    private Profile profile;
    private PointSheetPdf writer;

    @Setup
    public void setUp() throws Exception {
        engine = PointsEngine.official();
        ProfileReader reader = new ProfileReader(new ReferenceDates(Clock.systemUTC(), engine.ruleBook().earliestDate()));
        profile = ProfileDocuments.read(new ByteArrayInputStream(ZHANG.getBytes(StandardCharsets.UTF_8)), reader)
                .profiles().get(0);
        writer = new PointSheetPdf(ReportLanguage.byTag(language).orElseThrow());
    }

    @Benchmark
    public byte[] pointSheet() {
        ScoreResult result = engine.score(profile);
        return writer.write(PointSheets.of(result, profile, result.defaultCategory()), CREATED);
    }
}
