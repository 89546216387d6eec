package org.hspnavigator.cli.pr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.InvalidCase;
import org.hspnavigator.formats.cases.CaseFiles.PrCase;
import org.hspnavigator.formats.cases.PrCaseAssertions;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Black-box: every case of cases/pr through {@code hsp pr --json --date D -}, and every invalid case
 * of cases/invalid/cases.json, which must exit 2 with nothing on stdout and a line naming the JSON path.
 */
class PrCasesThroughTheCommandTest {

    @TestFactory
    Stream<DynamicTest> prCases() {
        return CaseFiles.prCases().stream().map(prCase ->
                DynamicTest.dynamicTest(prCase.displayName(), () -> check(prCase)));
    }

    @TestFactory
    Stream<DynamicTest> invalidCases() {
        return CaseFiles.invalidApplicantCases().stream().map(invalid ->
                DynamicTest.dynamicTest(invalid.displayName(), () -> refuse(invalid)));
    }

    private static void check(PrCase prCase) throws InvalidInputException {
        Run run = Cli.runWithInput(StrictJson.toText(prCase.input()), "pr", "--json", "--date", prCase.applicationDate(), "-");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        PrCaseAssertions.assertMatches(StrictJson.parse(run.out()), prCase.applicationDate(), prCase.expected());
    }

    private static void refuse(InvalidCase invalid) {
        Run run = Cli.runWithInput(invalid.input(), "pr", "--json", "-");
        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.err()).as("stderr").startsWith("hsp pr: invalid input in standard input:")
                .doesNotContain("Exception", "\tat ");
        String expectedLineStart = "  " + (invalid.path().isEmpty() ? "" : invalid.path() + ": ");
        assertThat(run.err().lines()).as("a line naming the field").anySatisfy(line -> {
            assertThat(line).startsWith(expectedLineStart);
            assertThat(line).contains(invalid.fragments());
        });
    }
}
