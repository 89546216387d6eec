package org.hspnavigator.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.DocumentAssessment;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
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
 * The work of {@code POST /api/v1/assessments} without HTTP: the body's bytes to the answer's bytes, as
 * the controller does it for one request. The profiles are read from the body's bytes with a check of
 * every token (the server's limits check each), by a reader made for the request, scored in every
 * category with their J-Skip verdicts, and the assessment written in the language of the request into a
 * buffer kept from one call to the next (as a server thread keeps its own), then copied out at its
 * length with its final line break, the {@code byte[]} handed to Spring. What Spring and Tomcat add
 * around it (filters, dispatch, the copy into the response) is the floor's too, and not here.
 * The body is that of bench/api.sh ({@code examples/mr-zhang.json}) unless {@code file} names another.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentRequestBenchmark {

    @Param("examples/mr-zhang.json")
    String file;

    @Param({"en", "ja"})
    String language;

    private final ReferenceDates referenceDates =
            new ReferenceDates(Clock.systemUTC(), RuleBook.official().earliestDate());
    private final PointsEngine engine = PointsEngine.official();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16_384);
    private byte[] body;
    private Language answerLanguage;
    private long tokens;

    @Setup
    public void setUp() throws IOException {
        body = Files.readAllBytes(Path.of(file));
        answerLanguage = Language.byTag(language).orElseThrow();
    }

    /** One request's body read, scored and written. */
    @Benchmark
    public byte[] assess() throws InvalidInputException {
        ProfileReader reader = new ProfileReader(referenceDates);
        ProfileDocument document = ProfileDocuments.read(body, () -> token -> tokens++, reader);
        AssessmentJson writer = new AssessmentJson(Explanations.of(answerLanguage));
        DocumentAssessment assessed = DocumentAssessment.of(document, EnumSet.allOf(Category.class), engine);
        buffer.reset();
        writer.write(assessed, buffer);
        buffer.write('\n');
        return buffer.toByteArray();
    }
}
