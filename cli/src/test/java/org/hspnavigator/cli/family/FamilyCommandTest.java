package org.hspnavigator.cli.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FamilyCommandTest {

    private static final String CASE = """
            {"snapshots": [{"referenceDate": "2023-01-01", "birthDate": "1990-01-01", "annualSalaryYen": 9000000}],
             "residence": {"continuousSince": "2023-01-01",
                           "hsp": {"since": "2023-05-01", "category": "SPECIALIZED_TECHNICAL", "recognizedPoints": 75}},
             "household": {"spouseAnnualSalaryYen": 2000000, "childrenBirthDates": ["2020-04-02"]}}
            """;

    @Test
    void printsAReadableReportForToday() {
        Run run = Cli.runWithInput(CASE, "family", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Family preferences of an HSP(i) holder on 2026-11-27")
                .contains("Household income ¥11,000,000 (the HSP ¥9,000,000 + the spouse ¥2,000,000)")
                .contains("親の帯同 · Bringing a parent: eligible, until 2027-04-01 (ends on 2027-04-02)")
                .contains("家事使用人の帯同（家庭事情型） · Domestic worker: family circumstances: eligible, 1 worker, until 2033-04-01")
                .contains("Domestic workers allowed: 1")
                .contains("HSP(ii) keeps them but is not assessed here");
    }

    @Test
    void printsJsonOnTheDateGiven() throws Exception {
        Run run = Cli.runWithInput(CASE, "family", "--json", "--date", "2027-04-02", "-");
        assertThat(run.exitCode()).isZero();
        JsonNode json = StrictJson.parse(run.out());
        assertThat(json.get("date").stringValue()).isEqualTo("2027-04-02");
        assertThat(json.get("householdIncomeYen").longValue()).isEqualTo(11_000_000);
        JsonNode parents = json.get("preferences").get(1);
        assertThat(parents.get("id").stringValue()).isEqualTo("parents");
        assertThat(parents.get("eligibility").stringValue()).isEqualTo("NOT_ELIGIBLE");
        assertThat(parents.get("endsOn").isNull()).isTrue();
        assertThat(parents.has("workers")).isFalse();
        assertThat(json.get("preferences").get(2).get("workers").intValue()).isEqualTo(1);
    }

    @Test
    void anInvalidCaseNamesTheFieldAndExitsWith2() {
        Run run = Cli.runWithInput("{\"snapshots\": [], \"residence\": {\"continuousSince\": \"2023-01-01\"}}",
                "family", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("hsp family: invalid input in standard input:").contains("  snapshots")
                .doesNotContain("Exception");
    }

    @Test
    void aDateBeforeTheFirstSnapshotIsAnInputError() {
        Run run = Cli.runWithInput(CASE, "family", "--date", "2022-12-31", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("hsp family: --date: 2022-12-31 is before the case's first snapshot (2023-01-01): "
                + "the family rules need the HSP's salary on that date" + System.lineSeparator());
    }

    @Test
    void badDatesAndFilesAreInputErrors() {
        assertThat(Cli.runWithInput(CASE, "family", "--date", "2027-02-30", "-").err())
                .contains("--date: \"2027-02-30\" is not a real date");
        assertThat(Cli.runWithInput(CASE, "family", "--date", "27-01-01", "-").exitCode()).isEqualTo(2);
        assertThat(Cli.runWithInput(CASE, "family", "--date", "2028-01-01", "-").err()).contains("more than 1 year after today");
        Run missing = Cli.run("family", "no-such-case.json");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("hsp family: no-such-case.json: no such file" + System.lineSeparator());
        assertThat(Cli.run("family").exitCode()).isEqualTo(2);
    }
}
