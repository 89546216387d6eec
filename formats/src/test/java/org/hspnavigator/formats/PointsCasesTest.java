package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.cases.CaseAssertions;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.ScoringCase;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scoring case of cases/points: profile JSON in, assessment JSON out, compared with the expected points. */
class PointsCasesTest {

    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(Clock.systemUTC(), ENGINE.ruleBook().earliestDate()));
    private static final AssessmentJson JSON = new AssessmentJson(Explanations.english());

    @TestFactory
    Stream<DynamicTest> everyScoringCase() {
        return CaseFiles.scoringCases().stream()
                .map(scoringCase -> DynamicTest.dynamicTest(scoringCase.displayName(), () -> check(scoringCase)));
    }

    @Test
    void theCaseFilesCoverEveryRuleSetWithAtLeastTwoHundredCases() {
        List<ScoringCase> cases = CaseFiles.scoringCases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().map(c -> c.expected().get("ruleSet")).filter(r -> r != null).map(r -> r.stringValue()))
                .contains("2013-12-24", "2017-04-26", "2021-07-30", "2023-03-31");
    }

    private static void check(ScoringCase scoringCase) throws InvalidInputException {
        List<Violation> violations = new ArrayList<>();
        Profile profile = READER.read(scoringCase.input(), "", violations)
                .orElseThrow(() -> new AssertionError("the case input is invalid: " + violations));
        CaseAssertions.assertMatches(StrictJson.parse(JSON.text(ENGINE.score(profile))), scoringCase.expected());
    }
}
