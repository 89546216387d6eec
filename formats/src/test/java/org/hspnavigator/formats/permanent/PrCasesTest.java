package org.hspnavigator.formats.permanent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.hsptwo.HspTwo;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.PrCase;
import org.hspnavigator.formats.cases.PrCaseAssertions;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** Every case of cases/pr through the case reader, the engine and the JSON writer. */
class PrCasesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final CaseReader READER = new CaseReader(new ReferenceDates(CLOCK, RuleBook.official().earliestDate()));
    private static final PermanentResidenceJson WRITER = new PermanentResidenceJson(Explanations.english());

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return CaseFiles.prCases().stream().map(prCase -> DynamicTest.dynamicTest(prCase.displayName(), () -> check(prCase)));
    }

    @Test
    void theCaseFilesCoverEveryRouteAndHspTwo() {
        assertThat(CaseFiles.prCases()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(CaseFiles.prCases()).anySatisfy(c -> assertThat(c.expected().has("hspTwo")).isTrue());
        for (String route : new String[] {"POINTS_80", "POINTS_70", "J_SKIP"}) {
            assertThat(CaseFiles.prCases()).as(route).anySatisfy(c -> assertThat(c.expected().path("routes").has(route)).isTrue());
        }
    }

    private static void check(PrCase prCase) throws Exception {
        ApplicantCase applicant = READER.read(new ByteArrayInputStream(
                StrictJson.toText(prCase.input()).getBytes(StandardCharsets.UTF_8)));
        LocalDate date = LocalDate.parse(prCase.applicationDate());
        JsonNode written = WRITER.write(PermanentResidence.official().assess(applicant, date),
                HspTwo.official().assess(applicant, date));
        PrCaseAssertions.assertMatches(StrictJson.parse(StrictJson.toText(written)), prCase.applicationDate(),
                prCase.expected());
    }
}
