package org.hspnavigator.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.DocumentAssessment;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * The CPU time of each piece of {@code POST /api/v1/assessments} without HTTP, on one profile document
 * (the body of bench/api.sh by default): parsing the body with a check of every token (as the server's
 * limits check it), reading the profiles from the tree, reading them from the body's bytes as the server
 * does (a plain profile without a tree), scoring them with their J-Skip verdicts, writing
 * the assessment JSON, and the language of an {@code Accept-Language} header; then the whole of it.
 * Each piece runs alone, over and over, on the input the piece before it made once, and the CPU time of
 * the thread is counted (see {@link EngineCpuTime} for why CPU time). It runs with the JVM's default
 * compilers, as the server does.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.hspnavigator.bench.AssessmentRequestCpuTime [ROUNDS] [FILE] [ACCEPT-LANGUAGE]</pre>
 */
public final class AssessmentRequestCpuTime {

    private static final int CALLS_PER_ROUND = 20_000;
    private static final Set<Category> ALL_CATEGORIES = EnumSet.allOf(Category.class);

    private final byte[] body;
    private final String acceptLanguage;
    private final ProfileReader reader = new ProfileReader(
            new ReferenceDates(Clock.systemUTC(), RuleBook.official().earliestDate()));
    private final PointsEngine engine = PointsEngine.official();
    private final AssessmentJson writer;
    private long sink;

    private AssessmentRequestCpuTime(byte[] body, String acceptLanguage) {
        this.body = body;
        this.acceptLanguage = acceptLanguage;
        this.writer = new AssessmentJson(Explanations.of(Language.ofAcceptLanguage(acceptLanguage)));
    }

    public static void main(String[] args) throws IOException, InvalidInputException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path file = Path.of(args.length > 1 ? args[1] : "examples/mr-zhang.json");
        String acceptLanguage = args.length > 2 ? args[2] : null;
        new AssessmentRequestCpuTime(Files.readAllBytes(file), acceptLanguage).run(rounds, file);
    }

    private void run(int rounds, Path file) throws InvalidInputException {
        JsonNode tree = parse();
        ProfileDocument document = ProfileDocuments.read(tree, reader);
        DocumentAssessment assessed = DocumentAssessment.of(document, ALL_CATEGORIES, engine);
        Map<String, LongSupplier> pieces = new LinkedHashMap<>();
        pieces.put("parse the body (StrictJson, token check)", () -> parse().size());
        pieces.put("read the profiles from the tree", () -> read(tree).profiles().size());
        pieces.put("read the profiles from the bytes", () -> readBytes().profiles().size());
        pieces.put("score, with J-Skip verdicts", () -> DocumentAssessment.of(document, ALL_CATEGORIES, engine)
                .results().size());
        pieces.put("write the assessment JSON", () -> write(assessed));
        pieces.put("language of Accept-Language", () -> Language.ofAcceptLanguage(acceptLanguage).ordinal());
        pieces.put("all, profiles from the bytes",
                () -> write(DocumentAssessment.of(readBytes(), ALL_CATEGORIES, engine)));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf("%s (%d bytes), Accept-Language %s: µs of CPU per call, best of the last %d rounds of %d%n",
                file, body.length, acceptLanguage, rounds - rounds / 2, CALLS_PER_ROUND);
        for (Map.Entry<String, LongSupplier> piece : pieces.entrySet()) {
            double best = Double.MAX_VALUE;
            long allocated = 0;
            for (int round = 0; round < rounds; round++) {
                long start = threads.getCurrentThreadCpuTime();
                long startBytes = threads.getCurrentThreadAllocatedBytes();
                for (int call = 0; call < CALLS_PER_ROUND; call++) {
                    sink += piece.getValue().getAsLong();
                }
                double micros = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / CALLS_PER_ROUND;
                allocated = (threads.getCurrentThreadAllocatedBytes() - startBytes) / CALLS_PER_ROUND;
                // The first half of the rounds warms up the JIT compiler.
                if (round >= rounds / 2) {
                    best = Math.min(best, micros);
                }
            }
            System.out.printf("  %-42s %8.2f %8d B%n", piece.getKey(), best, allocated);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private JsonNode parse() {
        try {
            return StrictJson.parse(new ByteArrayInputStream(body), token -> sink++);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProfileDocument read(JsonNode tree) {
        try {
            return ProfileDocuments.read(tree, reader);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The profiles as the server reads them: from the body's bytes, every token checked. */
    private ProfileDocument readBytes() {
        try {
            return ProfileDocuments.read(body, () -> token -> sink++, reader);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private long write(DocumentAssessment assessed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        writer.write(assessed, out);
        return out.size();
    }
}
