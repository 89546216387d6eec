package org.hspnavigator.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A case given to a command that reads a profile, or a profile to one that reads a case, is named as
 * what it is, with the commands that read it, instead of a list of unknown fields.
 */
class WrongDocumentTest {

    private static final String CASE = example("case-zhang.json");
    private static final String PROFILE = example("mr-zhang.json");

    @ParameterizedTest(name = "hsp {0} with a case")
    @ValueSource(strings = {"score", "advise"})
    void aCaseGivenForAProfileIsNamedAsACase(String command) {
        Run run = Cli.run(command, CASE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("hsp " + command + ": " + CASE + ": this is a case (it has `snapshots`, "
                + "`residence`, `household`, `employerCategory`), not a profile; a case is read by hsp pr, hsp family "
                + "or hsp checklist" + System.lineSeparator());
    }

    @ParameterizedTest(name = "hsp {0} with a profile")
    @ValueSource(strings = {"pr", "family", "checklist --procedure coe"})
    void aProfileGivenForACaseIsNamedAsAProfile(String command) {
        String[] words = (command + " -").split(" ");
        Run run = Cli.runWithInput("{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8000000}", words);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("standard input: this is a profile (it has `birthDate`, `annualSalaryYen`), "
                + "not a case; a profile is read by hsp score or hsp advise").doesNotContain("unknown field");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"snapshots\": [], \"birthDate\": \"1994-03-10\"}", "{\"snapshot\": []}"})
    void anObjectOfNeitherKindOrOfBothGetsItsFieldsChecked(String mixed) {
        Run run = Cli.runWithInput(mixed, "score", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown field").doesNotContain("this is a case");
    }

    @ParameterizedTest(name = "hsp {0} reads its own kind")
    @ValueSource(strings = {"score", "pr"})
    void eachCommandStillReadsItsOwnKind(String command) {
        assertThat(Cli.run(command, command.equals("score") ? PROFILE : CASE).exitCode()).isZero();
    }

    private static String example(String name) {
        return CaseFiles.repositoryRoot().resolve("examples").resolve(name).toString();
    }
}
