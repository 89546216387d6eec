package org.hspnavigator.formats.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * An assessment written in place into {@link InPlaceBytes} is the text written to any other stream, after
 * the bytes the array already held, however small the array was to start with; and it is written in place,
 * without a run passed to the stream's {@code write}.
 */
class InPlaceBytesTest {

    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final ProfileReader READER = new ProfileReader(new ReferenceDates(
            Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC), ENGINE.ruleBook().earliestDate()));
    private static final byte[] HELD = "held before\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void everyCaseInEveryLanguageIsTheTextOfAnyOtherStreamSeed20261206() throws InvalidInputException {
        Random random = new Random(20261206);
        int compared = 0;
        for (CaseFiles.ScoringCase scoring : CaseFiles.scoringCases()) {
            DocumentAssessment assessed = DocumentAssessment.of(ProfileDocuments.read(scoring.input(), READER),
                    categories(random), ENGINE);
            for (Language language : Language.values()) {
                AssessmentJson writer = new AssessmentJson(Explanations.of(language));
                ByteArrayOutputStream elsewhere = new ByteArrayOutputStream();
                writer.write(assessed, elsewhere);
                InPlaceBytes inPlace = new InPlaceBytes(1 + random.nextInt(64));
                boolean held = random.nextBoolean();
                if (held) {
                    inPlace.writeBytes(HELD);
                }
                writer.write(assessed, inPlace);
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                if (held) {
                    expected.writeBytes(HELD);
                }
                expected.writeBytes(elsewhere.toByteArray());
                assertThat(inPlace.toString(StandardCharsets.UTF_8)).as("%s in %s", scoring.name(), language)
                        .isEqualTo(expected.toString(StandardCharsets.UTF_8));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(2_000);
    }

    @Test
    void theTextIsWrittenIntoTheArrayNotPassedOnInRuns() throws InvalidInputException {
        CaseFiles.ScoringCase first = CaseFiles.scoringCases().get(0);
        DocumentAssessment assessed = DocumentAssessment.of(ProfileDocuments.read(first.input(), READER),
                EnumSet.allOf(Category.class), ENGINE);
        PassedOn target = new PassedOn();
        new AssessmentJson(Explanations.of(Language.JA)).write(assessed, target);
        assertThat(target.size()).isGreaterThan(1_000);
        assertThat(target.runs).isZero();
    }

    private static Set<Category> categories(Random random) {
        return random.nextInt(3) > 0 ? EnumSet.allOf(Category.class)
                : EnumSet.of(Category.values()[random.nextInt(Category.values().length)]);
    }

    /** Counts the runs of bytes passed on to it through the stream's methods. */
    private static final class PassedOn extends InPlaceBytes {

        int runs;

        PassedOn() {
            super(32);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            runs++;
            super.write(bytes, offset, length);
        }

        @Override
        public synchronized void write(int b) {
            runs++;
            super.write(b);
        }
    }
}
