package org.hspnavigator.cli.pr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code hsp pr} as a user runs it: the example case, the default date, exit codes and messages. */
class PrCommandTest {

    private static final String ZHANG = CaseFiles.repositoryRoot().resolve("examples").resolve("case-zhang.json")
            .toString();

    @Test
    void theExampleCaseInJsonFollowsTheContract() throws InvalidInputException {
        Run run = Cli.run("pr", "--json", ZHANG);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode root = StrictJson.parse(run.out());
        assertThat(root.get("applicationDate").stringValue()).as("today in Japan by default").isEqualTo("2026-11-27");
        JsonNode eighty = root.get("routes").get(0);
        assertThat(eighty.get("route").stringValue()).isEqualTo("POINTS_80");
        assertThat(eighty.get("met").booleanValue()).isFalse();
        assertThat(eighty.get("earliestDate").stringValue()).isEqualTo("2027-10-01");
        assertThat(eighty.get("pointsAtApplication").intValue()).isEqualTo(80);
        assertThat(eighty.get("startDate").stringValue()).isEqualTo("2025-11-27");
        assertThat(eighty.get("pointsAtStart").intValue()).isEqualTo(70);
        assertThat(eighty.get("reasons").toString()).contains("points 1 year before the application (2025-11-27) are 70",
                "below 80");
        JsonNode seventy = root.get("routes").get(1);
        assertThat(seventy.get("met").booleanValue()).isTrue();
        assertThat(seventy.get("earliestDate").stringValue()).isEqualTo("2026-11-27");
        assertThat(root.get("routes").get(2).get("earliestDate").isNull()).isTrue();
        assertThat(root.get("warnings").isArray()).isTrue();
        assertThat(root.get("reminders").toString()).contains("good conduct", "taxes", "pension");
        assertThat(root.get("hspTwo").get("eligible").booleanValue()).isTrue();
    }

    @Test
    void theTableShowsEachRouteItsReasonsTheRemindersAndHspTwo() {
        Run run = Cli.run("pr", "--date", "2026-06-01", ZHANG);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Permanent residence (永住) for an application on 2026-06-01")
                .containsPattern("POINTS_80 +no +2027-10-01 +70 高度専門職1号ロ +2025-06-01 +70 高度専門職1号ロ")
                .containsPattern("POINTS_70 +yes +2026-06-01")
                .containsPattern("J_SKIP +no +none in 10 years")
                .contains("POINTS_80 — 80 points, 1 year")
                .contains("J_SKIP — J-Skip criteria, 1 year")
                .contains("Reminders (general requirements, not computed):")
                .contains("HSP(ii) (高度専門職2号): eligible")
                .doesNotContain("{", "}");
    }

    /** The table names a category the same way in every language: by the official status it leads to. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ja", "zh", "zh-Hant", "ko"})
    void theTableNamesTheCategoryByItsStatusInEveryLanguage(String lang) {
        Run run = Cli.run("pr", "--lang", lang, "--date", "2026-06-01", ZHANG);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String table = run.out().lines().filter(line -> line.contains("2027")).findFirst().orElseThrow();
        assertThat(table).as(run.out()).containsPattern("70 高度専門職1号ロ .+ 70 高度専門職1号ロ$")
                .doesNotContain("SPECIALIZED_TECHNICAL");
    }

    @ParameterizedTest(name = "--date {0}")
    @CsvSource({
        "2026-13-01, not a real date",
        "27/11/2026, YYYY-MM-DD",
        "2013-12-23, 2013-12-24",
        "2027-11-28, year after today",
    })
    void aBadDateExitsWithTwo(String date, String message) {
        Run run = Cli.run("pr", "--date", date, ZHANG);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("hsp pr: --date: ").contains(message);
    }

    @Test
    void aMissingFileOrADirectoryExitsWithTwo(@TempDir Path dir) {
        Run missing = Cli.run("pr", dir.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Run directory = Cli.run("pr", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).contains("is a folder, not a");
        assertThat(Cli.run("pr").exitCode()).as("no CASE").isEqualTo(2);
    }

    @Test
    void invalidInputListsEveryProblemWithItsPath() {
        Run run = Cli.runWithInput("{\"snapshots\": [{\"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 1}],"
                + " \"residence\": {\"continuousSince\": \"2020-02-30\"}, \"employerCategory\": 7}", "pr", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).contains("hsp pr: invalid input in standard input:")
                .anySatisfy(line -> assertThat(line).startsWith("  snapshots[0].referenceDate: required"))
                .anySatisfy(line -> assertThat(line).startsWith("  residence.continuousSince: "))
                .anySatisfy(line -> assertThat(line).startsWith("  employerCategory: "));
    }

    @Test
    void helpExplainsTheCommandAndTheTopLevelListsIt() {
        Run run = Cli.run("pr", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: hsp pr", "--json", "--date", "CASE", "Exit codes:",
                "examples/case-zhang.json");
        assertThat(Cli.run("--help").out()).contains("pr", "permanent-residence");
    }
}
