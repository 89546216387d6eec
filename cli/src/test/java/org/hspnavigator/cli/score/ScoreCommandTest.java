package org.hspnavigator.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
import tools.jackson.databind.JsonNode;

/** {@code hsp score} as a user runs it: exit codes, output on stdout, diagnostics on stderr. */
class ScoreCommandTest {

    private static final String ZHANG = example("mr-zhang.json");

    @Test
    void theTablePrintsEveryCategoryWithTermsTotalsVerdictAndBestCategory() {
        Run run = Cli.run("score", ZHANG);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Points as of 2026-11-27 (rules in force since 2023-03-31), age 32")
                .contains("SPECIALIZED_TECHNICAL — 高度専門・技術活動")
                .contains("学歴 · Academic background")
                .contains("a master's degree in Computer science")
                .containsPattern("Total +80 +eligible")
                .containsPattern("Total +30 +short by 40 points")
                .contains("Best category: SPECIALIZED_TECHNICAL (80 points)");
    }

    @Test
    void jsonFollowsTheContract() throws InvalidInputException {
        Run run = Cli.run("score", "--json", ZHANG);
        assertThat(run.exitCode()).isZero();
        JsonNode root = StrictJson.parse(run.out());
        assertThat(root.get("ruleSet").stringValue()).isEqualTo("2023-03-31");
        assertThat(root.get("assessments")).extracting(a -> a.get("category").stringValue())
                .containsExactly("ACADEMIC_RESEARCH", "SPECIALIZED_TECHNICAL", "BUSINESS_MANAGEMENT");
        assertThat(root.get("assessments").get(1).get("points").intValue()).isEqualTo(80);
        assertThat(root.get("bestCategory").stringValue()).isEqualTo("SPECIALIZED_TECHNICAL");
    }

    @Test
    void aCategoryNarrowsTheAssessmentsAndTheBestCategory() throws InvalidInputException {
        Run run = Cli.run("score", "--json", "--category", "BUSINESS_MANAGEMENT", ZHANG);
        JsonNode root = StrictJson.parse(run.out());
        assertThat(root.get("assessments")).singleElement()
                .satisfies(a -> assertThat(a.get("category").stringValue()).isEqualTo("BUSINESS_MANAGEMENT"));
        assertThat(root.get("bestCategory").isNull()).isTrue();
        assertThat(Cli.run("score", "--json", "--category", "specialized_technical", ZHANG).exitCode()).isZero();
    }

    @Test
    void aDateRecomputesAgeAndRules() throws InvalidInputException {
        Run run = Cli.run("score", "--json", "--date", "2016-06-01", ZHANG);
        assertThat(run.exitCode()).isZero();
        JsonNode root = StrictJson.parse(run.out());
        assertThat(root.get("referenceDate").stringValue()).isEqualTo("2016-06-01");
        assertThat(root.get("ruleSet").stringValue()).isEqualTo("2013-12-24");
        assertThat(root.get("age").intValue()).isEqualTo(22);
    }

    @Test
    void anArrayGivesAnArrayInTheSameOrder() throws InvalidInputException {
        String two = "[{\"referenceDate\": \"2020-01-01\", \"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 1},"
                + " {\"referenceDate\": \"2024-01-01\", \"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 1}]";
        Run run = Cli.runWithInput(two, "score", "--json", "-");
        assertThat(run.exitCode()).isZero();
        JsonNode root = StrictJson.parse(run.out());
        assertThat(root).extracting(r -> r.get("referenceDate").stringValue()).containsExactly("2020-01-01", "2024-01-01");
        Run table = Cli.runWithInput(two, "score", "-");
        assertThat(table.out().lines().filter(line -> line.startsWith("Applicant "))).containsExactly(
                "Applicant 1 of 2: standard input [0]", "Applicant 2 of 2: standard input [1]");
    }

    @Test
    void severalFilesAreScoredInTurnEachLabelledByItsIdElseItsFileAndIndex(@TempDir Path dir) throws IOException {
        Path labelled = dir.resolve("two.json");
        Files.writeString(labelled, "[{\"id\": \"A-001\", \"referenceDate\": \"2026-11-27\", \"birthDate\": \"1990-01-01\","
                + " \"annualSalaryYen\": 6000000}, {\"referenceDate\": \"2026-11-27\", \"birthDate\": \"1990-01-01\","
                + " \"annualSalaryYen\": 6000000}]");
        String li = example("ms-li.json");
        Run run = Cli.run("score", ZHANG, labelled.toString(), li);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(line -> line.startsWith("Applicant "))).containsExactly(
                "Applicant 1 of 4: " + ZHANG,
                "Applicant 2 of 4: A-001 (" + labelled + " [0])",
                "Applicant 3 of 4: " + labelled + " [1]",
                "Applicant 4 of 4: " + li);
        assertThat(run.out()).contains("Best category: SPECIALIZED_TECHNICAL (80 points)")
                .contains("Best category: SPECIALIZED_TECHNICAL (70 points)");
    }

    @Test
    void theExampleArrayHoldsTheThreeExampleApplicantsWithTheirIds() throws InvalidInputException {
        JsonNode array = StrictJson.parse(Cli.run("score", "--json", example("profiles.json")).out());
        JsonNode files = StrictJson.parse(Cli.run("score", "--json", ZHANG, example("ms-li.json"),
                example("dr-wang.json")).out());
        assertThat(array).extracting(a -> a.get("id").stringValue()).containsExactly("Mr. Zhang", "Ms. Li", "Dr. Wang");
        array.forEach(assessment -> ((tools.jackson.databind.node.ObjectNode) assessment).remove("id"));
        assertThat(array).isEqualTo(files);
    }

    @Test
    void oneProfileObjectIsPrintedWithoutALabelAsBefore() {
        assertThat(Cli.run("score", ZHANG).out()).startsWith("Points as of 2026-11-27");
    }

    @Test
    void severalFilesGiveOneJsonArrayOfTheirProfilesInTurnWithTheIdsEchoed(@TempDir Path dir)
            throws IOException, InvalidInputException {
        Path labelled = dir.resolve("two.json");
        Files.writeString(labelled, "[{\"id\": \"A-001\", \"referenceDate\": \"2020-01-01\", \"birthDate\": \"1990-01-01\","
                + " \"annualSalaryYen\": 1}, {\"referenceDate\": \"2021-01-01\", \"birthDate\": \"1990-01-01\","
                + " \"annualSalaryYen\": 1}]");
        Run run = Cli.runWithInput("{\"id\": \"from stdin\", \"referenceDate\": \"2022-01-01\","
                + " \"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 1}", "score", "--json", labelled.toString(), "-");
        assertThat(run.exitCode()).isZero();
        JsonNode root = StrictJson.parse(run.out());
        assertThat(root.isArray()).isTrue();
        assertThat(root).extracting(r -> r.get("referenceDate").stringValue())
                .containsExactly("2020-01-01", "2021-01-01", "2022-01-01");
        assertThat(root).extracting(r -> r.has("id") ? r.get("id").stringValue() : null)
                .containsExactly("A-001", null, "from stdin");
        assertThat(root.get(0).propertyNames().iterator().next()).isEqualTo("id");
    }

    @Test
    void aProfileWithoutAnIdKeepsItsJsonOutputAndTheIdChangesNoPoint() throws InvalidInputException, IOException {
        String zhang = Files.readString(Path.of(ZHANG));
        String withId = zhang.replaceFirst("\\{", "{\"id\": \"Zhang Wei\",");
        JsonNode without = StrictJson.parse(Cli.runWithInput(zhang, "score", "--json", "-").out());
        JsonNode with = StrictJson.parse(Cli.runWithInput(withId, "score", "--json", "-").out());
        assertThat(without.has("id")).isFalse();
        assertThat(with.get("id").stringValue()).isEqualTo("Zhang Wei");
        ((tools.jackson.databind.node.ObjectNode) with).remove("id");
        assertThat(with).isEqualTo(without);
    }

    @Test
    void anInvalidFileAmongSeveralStopsTheRunBeforeAnyOutputNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"birthDate\": \"1990-02-30\", \"annualSalaryYen\": 1}");
        Run run = Cli.run("score", ZHANG, bad.toString(), dir.resolve("missing.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("hsp score: invalid input in " + bad + ":",
                "  birthDate: \"1990-02-30\" is not a real date", "missing.json: no such file");
        Run twice = Cli.runWithInput("{}", "score", "-", "-");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("- (standard input) is given more than once");
    }

    @Test
    void standardInputIsReadWithADash() throws IOException {
        Run run = Cli.runWithInput(Files.readAllBytes(Path.of(ZHANG)), "score", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Best category: SPECIALIZED_TECHNICAL (80 points)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a date that is not a date           | --date | 2026/01/01 | --date: "2026/01/01" is not a date in the form YYYY-MM-DD
            an impossible date                  | --date | 2026-02-30 | --date: "2026-02-30" is not a real date
            a date before the rules             | --date | 2012-05-07 | --date: 2012-05-07 is before 2013-12-24
            a date too far ahead                | --date | 2028-01-01 | --date: 2028-01-01 is more than 1 year after today (2026-11-27)
            an unknown category                 | --category | SALES  | --category: unknown category "SALES"; expected one of ACADEMIC_RESEARCH
            """)
    void badOptionsExitWithTwoNamingTheOption(String what, String option, String value, String message) {
        Run run = Cli.run("score", option, value, ZHANG);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run("score").err()).contains("Missing required parameter: 'FILE'");
        assertThat(Cli.run("score").exitCode()).isEqualTo(2);
        assertThat(Cli.run("score", "--frobnicate", ZHANG).exitCode()).isEqualTo(2);
        assertThat(Cli.run("score", ZHANG, "extra.json").exitCode()).isEqualTo(2);
        assertThat(Cli.run("scroe", ZHANG).exitCode()).isEqualTo(2);
        assertThat(Cli.run().exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingFileOrADirectoryExitsWithTwo(@TempDir Path dir) {
        Run missing = Cli.run("score", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json: no such file");
        Run directory = Cli.run("score", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).contains("is a folder, not a");
    }

    @Test
    void invalidInputListsEveryProblemWithItsPath() {
        Run run = Cli.runWithInput("{\"annualSalaryYen\": \"lots\", \"careerYear\": 5}", "score", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("hsp score: invalid input in standard input:")
                .contains("  careerYear: unknown field; did you mean \"careerYears\"?")
                .contains("  birthDate: required field is missing")
                .contains("  annualSalaryYen: expected a number of yen, got the string \"lots\"");
    }

    @Test
    void anInternalErrorExitsWithOneWithoutAStackTrace() {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("disk on fire");
            }
        };
        Run run = Cli.runWithStream(broken, "score", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("internal error").doesNotContain("\tat ", "disk on fire");
    }

    @Test
    void helpExplainsTheCommandItsInputOptionsExitCodesAndExamples() {
        Run run = Cli.run("score", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: hsp score", "--json", "--category", "--date", "FILE",
                "70 points", "¥3,000,000", "Exit codes:", "invalid input", "Examples:", "examples/mr-zhang.json");
        assertThat(Cli.run("--help").out()).contains("score", "Compute the HSP points");
        assertThat(Cli.run("--version").out()).startsWith("hsp ");
    }

    @Test
    void jSkipIsShownPerCategoryInTheTableAndTheJson() throws InvalidInputException {
        String rich = "{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"1980-01-01\", \"annualSalaryYen\": 20000000,"
                + " \"degrees\": [{\"level\": \"MASTER\", \"field\": \"Physics\"}]}";
        Run table = Cli.runWithInput(rich, "score", "-");
        assertThat(table.out().lines().filter(line -> line.startsWith("  J-Skip: ")).toList()).containsExactly(
                "  J-Skip: met (master's degree or higher and salary ¥20,000,000 ≥ ¥20,000,000)",
                "  J-Skip: met (master's degree or higher and salary ¥20,000,000 ≥ ¥20,000,000)",
                "  J-Skip: not met: needs 5 years of business management or administration and a salary of at least "
                        + "¥40,000,000 (0 completed years, salary ¥20,000,000)");
        JsonNode json = StrictJson.parse(Cli.runWithInput(rich, "score", "--json", "-").out());
        assertThat(json.get("assessments").get(1).get("jSkip").get("met").booleanValue()).isTrue();
        assertThat(json.get("assessments").get(2).get("jSkip").get("met").booleanValue()).isFalse();
        JsonNode before = StrictJson.parse(Cli.runWithInput(rich, "score", "--json", "--date", "2023-04-20", "-").out());
        assertThat(before.get("assessments").get(0).get("jSkip").get("met").booleanValue()).isFalse();
        assertThat(before.get("assessments").get(0).get("jSkip").get("basis").stringValue())
                .contains("J-Skip exists from 2023-04-21");
    }

    private static String example(String name) {
        return CaseFiles.repositoryRoot().resolve("examples").resolve(name).toString();
    }
}
