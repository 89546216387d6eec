package org.hspnavigator.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseAssertions;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.InvalidCase;
import org.hspnavigator.formats.cases.CaseFiles.ScoringCase;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Black-box: every case file through {@code hsp score --json -}, exactly as a user or a checker
 * pipes it in. Scoring cases must print the expected assessment with exit 0; invalid inputs must exit
 * 2 with nothing on stdout and a one-line message per problem naming the JSON path, never a stack
 * trace.
 */
class ScoreCasesThroughTheCommandTest {

    @TestFactory
    Stream<DynamicTest> scoringCases() {
        return CaseFiles.scoringCases().stream().map(scoringCase ->
                DynamicTest.dynamicTest(scoringCase.displayName(), () -> score(scoringCase)));
    }

    @TestFactory
    Stream<DynamicTest> invalidInputs() {
        return CaseFiles.invalidCases().stream().map(invalid ->
                DynamicTest.dynamicTest(invalid.displayName(), () -> refuse(invalid)));
    }

    private static void score(ScoringCase scoringCase) throws InvalidInputException {
        Run run = Cli.runWithInput(StrictJson.toText(scoringCase.input()), "score", "--json", "-");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        CaseAssertions.assertMatches(StrictJson.parse(run.out()), scoringCase.expected());
    }

    private static void refuse(InvalidCase invalid) {
        Run run = Cli.runWithInput(invalid.input(), "score", "--json", "-");
        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.err()).as("stderr").startsWith("hsp score: invalid input in standard input:")
                .doesNotContain("Exception", "\tat ");
        String expectedLineStart = "  " + (invalid.path().isEmpty() ? "" : invalid.path() + ": ");
        assertThat(run.err().lines()).as("a line naming the field").anySatisfy(line -> {
            assertThat(line).startsWith(expectedLineStart);
            assertThat(line).contains(invalid.fragments());
        });
    }
}
