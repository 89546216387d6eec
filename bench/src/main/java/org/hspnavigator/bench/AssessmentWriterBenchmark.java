package org.hspnavigator.bench;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.DocumentAssessment;
import org.hspnavigator.formats.assessment.ProfileAssessment;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
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
 * The assessment writer alone ({@link AssessmentJson}, the body of {@code hsp score --json} and of
 * {@code POST /api/v1/assessments}): one scored profile, with its J-Skip verdicts, written as UTF-8 JSON
 * into a byte stream, in the language given. Each invocation writes the next of 1,024 seeded profiles
 * scored once beforehand ({@link BenchmarkProfiles}), so neither scoring nor reading is in the time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentWriterBenchmark {

    private static final int PROFILES = 1_024;

    @Param("20261127")
    long seed;

    @Param({"en", "ja"})
    String language;

    private AssessmentJson writer;
    private DocumentAssessment[] documents;
    private int next;

    @Setup
    public void setUp() {
        PointsEngine engine = PointsEngine.official();
        JSkipCriteria jSkip = JSkipCriteria.official();
        writer = new AssessmentJson(Explanations.of(Language.byTag(language).orElseThrow()));
        Profile[] profiles = new BenchmarkProfiles(seed).next(PROFILES);
        documents = new DocumentAssessment[PROFILES];
        for (int i = 0; i < PROFILES; i++) {
            ProfileAssessment assessed = ProfileAssessment.of(profiles[i], EnumSet.allOf(Category.class), engine, jSkip);
            documents[i] = new DocumentAssessment(List.of(assessed.result()), List.of(assessed.jSkip()),
                    List.of(Optional.of("applicant " + i)), false);
        }
    }

    /** One assessment written, as the server writes its answer. */
    @Benchmark
    public int writeAssessment() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        writer.write(documents[next], out);
        next = (next + 1) & (PROFILES - 1);
        return out.size();
    }
}
