package org.hspnavigator.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Advisor;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
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
 * The advisor ({@code hsp advise --target 80}) on realistic applicants: the three examples of the
 * README and four typical profiles below the target, where the search runs in full. One operation is
 * the advice for one profile, forecast included, so the score is the mean time per profile.
 *
 * <pre>java -jar bench/target/benchmarks.jar Advisor</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AdvisorBenchmark {

    private static final Map<String, String> PROFILES = Map.of(
            "mr-zhang", """
                {"referenceDate": "2026-11-27", "birthDate": "1994-03-10", "annualSalaryYen": 8000000,
                 "degrees": [{"level": "MASTER", "field": "Computer science"}],
                 "careerYears": {"specializedTechnical": 5}, "japaneseLanguage": {"jlpt": "N2"}}""",
            "ms-li", """
                {"referenceDate": "2026-11-27", "birthDate": "1998-07-01", "annualSalaryYen": 7000000,
                 "degrees": [{"level": "BACHELOR", "field": "Finance"},
                             {"level": "MBA_MOT", "field": "Business administration"}],
                 "careerYears": {"specializedTechnical": 3}, "japaneseLanguage": {"jlpt": "N3"}}""",
            "dr-wang", """
                {"referenceDate": "2026-11-27", "birthDate": "1988-02-15", "annualSalaryYen": 6500000,
                 "degrees": [{"level": "DOCTORATE", "field": "Biotechnology"}],
                 "careerYears": {"academicResearch": 8}, "research": {"patents": 2, "papers": 12},
                 "japaneseLanguage": {"jlpt": "N1"}}""",
            "junior-engineer", """
                {"referenceDate": "2026-11-27", "birthDate": "2000-05-20", "annualSalaryYen": 4800000,
                 "degrees": [{"level": "BACHELOR", "field": "Electrical engineering"}],
                 "careerYears": {"specializedTechnical": 2}}""",
            "manager", """
                {"referenceDate": "2026-11-27", "birthDate": "1985-09-01", "annualSalaryYen": 12000000,
                 "degrees": [{"level": "MBA_MOT", "field": "Management"}],
                 "careerYears": {"businessManagement": 8}, "position": "DIRECTOR"}""",
            "postdoc", """
                {"referenceDate": "2026-11-27", "birthDate": "1995-04-02", "annualSalaryYen": 5500000,
                 "degrees": [{"level": "DOCTORATE", "field": "Biology"}],
                 "careerYears": {"academicResearch": 3}, "research": {"papers": 2}}""",
            "japan-graduate", """
                {"referenceDate": "2026-11-27", "birthDate": "1997-12-01", "annualSalaryYen": 6000000,
                 "degrees": [{"level": "MASTER", "field": "Chemistry", "inJapan": true}],
                 "careerYears": {"specializedTechnical": 4}, "japaneseLanguage": {"jlpt": "N2"}}""");

    @Param({"mr-zhang", "ms-li", "dr-wang", "junior-engineer", "manager", "postdoc", "japan-graduate"})
    public String applicant;

    private Advisor advisor;
    private Profile profile;

    @Setup
    public void setUp() throws Exception {
        PointsEngine engine = PointsEngine.official();
        advisor = new Advisor(engine);
        ProfileReader reader = new ProfileReader(new ReferenceDates(Clock.systemUTC(), engine.ruleBook().earliestDate()));
        byte[] json = PROFILES.get(applicant).getBytes(StandardCharsets.UTF_8);
        profile = ProfileDocuments.read(new ByteArrayInputStream(json), reader).profiles().get(0);
    }

    @Benchmark
    public Advice adviseTo80() {
        return advisor.advise(profile, 80);
    }
}
