package org.hspnavigator.cli.advise;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code hsp advise} as a user runs it: exit codes, text and JSON on stdout, diagnostics on stderr. */
class AdviseCommandTest {

    private static final String LI = example("ms-li.json");
    private static final String ZHANG = example("mr-zhang.json");

    @Test
    void theTextNamesTheChangesWithTheirPointsAndTheForecastWithTheLastDayToApply() {
        Run run = Cli.run("advise", "--target", "80", "--limit", "30", LI);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("SPECIALIZED_TECHNICAL — 高度専門・技術活動")
                .contains("Now, on 2026-11-27: 70 points, eligible. Target: 80 points.")
                .contains("  1. 80 points, effort 2", "     - pass JLPT N2 (or score 400 or more on the BJT): +10")
                .contains("  3. 80 points on 2030-11-27, effort 3")
                .contains("a salary of at least ¥9,000,000 instead of ¥7,000,000: +10")
                .contains("on 2030-11-27 your experience in the intended specialized or technical work reaches 7 years: +5")
                .contains("2028-07-01  70 -> 65  turns 30; last day to apply with 70 points: 2028-06-30")
                .contains("ACADEMIC_RESEARCH: 60 points (10 fewer)")
                .contains("which grows only if you keep working in that activity");
    }

    @Test
    void atTheTargetItSaysSoAndStillForecasts() {
        Run run = Cli.run("advise", ZHANG);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Already at the target of 70 points: no change needed.")
                .contains("2029-03-10  85 -> 80  turns 35; last day to apply with 85 points: 2029-03-09");
    }

    @Test
    void jsonHasTheDocumentedShape() throws InvalidInputException {
        Run run = Cli.run("advise", "--json", "--target", "80", "--limit", "3", LI);
        assertThat(run.exitCode()).isZero();
        JsonNode root = StrictJson.parse(run.out());
        assertThat(root.get("target").intValue()).isEqualTo(80);
        assertThat(root.get("category").stringValue()).isEqualTo("SPECIALIZED_TECHNICAL");
        assertThat(root.get("currentPoints").intValue()).isEqualTo(70);
        assertThat(root.get("reached").booleanValue()).isFalse();
        assertThat(root.get("suggestions")).hasSize(3);
        assertThat(root.get("suggestionsFound").intValue()).isGreaterThan(3);
        JsonNode first = root.get("suggestions").get(0);
        assertThat(first.get("pointsAfter").intValue()).isEqualTo(80);
        assertThat(first.get("effort").intValue()).isEqualTo(2);
        JsonNode change = first.get("changes").get(0);
        assertThat(change.get("lever").stringValue()).isEqualTo("jlptN2");
        assertThat(change.get("description").stringValue()).isEqualTo("pass JLPT N2 (or score 400 or more on the BJT)");
        assertThat(change.get("pointsGained").intValue()).isEqualTo(10);
        JsonNode drop = root.get("forecast").get(0);
        assertThat(drop.get("date").stringValue()).isEqualTo("2028-07-01");
        assertThat(drop.get("pointsBefore").intValue()).isEqualTo(70);
        assertThat(drop.get("pointsAfter").intValue()).isEqualTo(65);
        assertThat(drop.get("reason").stringValue()).isEqualTo("turns 30");
        assertThat(drop.get("lastDayBefore").stringValue()).isEqualTo("2028-06-30");
        assertThat(root.get("forecast").get(1).get("lastDayBefore").isNull()).isTrue();
        assertThat(root.get("categories")).extracting(c -> c.get("category").stringValue())
                .containsExactly("ACADEMIC_RESEARCH", "SPECIALIZED_TECHNICAL", "BUSINESS_MANAGEMENT");
    }

    @Test
    void aCategoryAndADateAreHonoured() throws InvalidInputException {
        Run run = Cli.run("advise", "--json", "--category", "business_management", "--date", "2027-06-01", ZHANG);
        assertThat(run.exitCode()).isZero();
        JsonNode root = StrictJson.parse(run.out());
        assertThat(root.get("category").stringValue()).isEqualTo("BUSINESS_MANAGEMENT");
        assertThat(root.get("referenceDate").stringValue()).isEqualTo("2027-06-01");
        assertThat(root.get("reached").booleanValue()).isFalse();
    }

    @Test
    void standardInputIsRead() {
        Run run = Cli.runWithInput("{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"1994-03-10\", "
                + "\"annualSalaryYen\": 8000000}", "advise", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Smallest sets of changes that reach 70 points");
    }

    @ParameterizedTest
    @ValueSource(strings = {"75", "0", "-1"})
    void aTargetOtherThan70Or80IsAUsageError(String target) {
        Run run = Cli.run("advise", "--target", target, LI);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--target: expected 70 or 80, got " + target).doesNotContain("Exception");
    }

    @Test
    void invalidInputNamesTheFieldAndExits2() {
        Run run = Cli.runWithInput("{\"annualSalaryYen\": -5}", "advise", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("hsp advise: invalid input in standard input:")
                .contains("birthDate: ").contains("annualSalaryYen: ").doesNotContain("Exception");
    }

    @Test
    void anArrayOfProfilesIsRefused() {
        Run run = Cli.runWithInput("[{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8000000}]", "advise", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("$: expected one profile object");
    }

    @Test
    void aBadDateAMissingFileAndAMissingArgumentExit2() {
        assertThat(Cli.run("advise", "--date", "2026-02-30", LI).err()).contains("hsp advise: --date: ");
        assertThat(Cli.run("advise", "--date", "2026-02-30", LI).exitCode()).isEqualTo(2);
        Run missing = Cli.run("advise", "no-such-file.json");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("hsp advise: no-such-file.json: no such file");
        assertThat(Cli.run("advise").exitCode()).isEqualTo(2);
        assertThat(Cli.run("advise", "--limit", "0", LI).exitCode()).isEqualTo(2);
    }

    @Test
    void helpDescribesTheCommand() {
        Run run = Cli.run("advise", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: hsp advise").contains("--target").contains("Exit codes:")
                .contains("3 raise of up to 20 %, 4 new role");
    }

    private static String example(String name) {
        return CaseFiles.repositoryRoot().resolve("examples").resolve(name).toString();
    }
}
