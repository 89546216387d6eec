package org.hspnavigator.cli.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChecklistCommandTest {

    private static final String SNAPSHOT = """
            {"referenceDate": "2023-01-01", "birthDate": "1994-06-15", "annualSalaryYen": 8000000,
             "degrees": [{"level": "MASTER", "field": "Computer science"}],
             "careerYears": {"specializedTechnical": 5}, "japaneseLanguage": {"jlpt": "N2"}}""";
    private static final String CASE = "{\"snapshots\": [" + SNAPSHOT + "], \"residence\": {\"continuousSince\": "
            + "\"2023-01-01\"}, \"employerCategory\": 2}";
    private static final String NO_CATEGORY = "{\"snapshots\": [" + SNAPSHOT + "], \"residence\": {\"continuousSince\": "
            + "\"2023-01-01\"}}";

    @Test
    void printsAReadableChecklist() {
        Run run = Cli.runWithInput(CASE, "checklist", "--procedure", "change", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("在留資格変更許可申請 (Change of status of residence) filed on 2026-11-27")
                .contains("Employer category 2", "Points are proved in SPECIALIZED_TECHNICAL: 80 points, threshold 70",
                        "  [x] ③ 年収 · Annual salary, 30 points", "  [ ] ⑮ 日本語能力 · Japanese language, 10 points",
                        "at the counter: ¥6,000", "online: ¥5,500");
    }

    @Test
    void theFeesSourceIsListedWithItsTitleAndAddress() {
        Run run = Cli.runWithInput(CASE, "checklist", "--procedure", "change", "--date", "2026-11-27", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  at the counter: ¥6,000  [isa-fees-2025]" + System.lineSeparator()
                + "  online: ¥5,500  [isa-fees-2025]" + System.lineSeparator()
                + "  [isa-fees-2025] ISA: revision of the fees for residence procedures from 2025-04-01"
                + " (在留手続等に関する手数料の改定), with the fees before and after:"
                + " https://www.moj.go.jp/isa/content/001431802.pdf" + System.lineSeparator());
        assertThat(Cli.runWithInput(CASE, "checklist", "--procedure", "coe", "--date", "2026-11-27", "-").out())
                .containsOnlyOnce("[isa-fees-2025] ISA: ");
    }

    @Test
    void printsJsonWithTheFeeOfTheDate() throws Exception {
        Run run = Cli.runWithInput(CASE, "checklist", "--procedure", "PR", "--json", "--date", "2025-03-31", "-");
        assertThat(run.exitCode()).isZero();
        JsonNode json = StrictJson.parse(run.out());
        assertThat(json.get("procedure").stringValue()).isEqualTo("pr");
        assertThat(json.get("threshold").intValue()).isEqualTo(80);
        assertThat(json.get("fee").get("amounts").get(0).get("yen").longValue()).isEqualTo(8000);
        assertThat(json.get("fee").get("sources").get(0).get("url").stringValue()).startsWith("https://www.moj.go.jp/");
    }

    @Test
    void usageErrorsExitWith2() {
        Run unknown = Cli.runWithInput(CASE, "checklist", "--procedure", "visa", "-");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("hsp checklist: --procedure: unknown procedure \"visa\"; expected one of "
                + "coe, change, extension, pr" + System.lineSeparator() + "Try 'hsp checklist --help' for more information."
                + System.lineSeparator());
        Run missing = Cli.runWithInput(CASE, "checklist", "-");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--procedure");
        Run expiryForCoe = Cli.runWithInput(CASE, "checklist", "--procedure", "coe", "--expiry", "2027-01-01", "-");
        assertThat(expiryForCoe.exitCode()).isEqualTo(2);
        assertThat(expiryForCoe.err()).contains("--expiry: applies to change and extension only");
        Run badExpiry = Cli.runWithInput(CASE, "checklist", "--procedure", "extension", "--expiry", "2027-02-29", "-");
        assertThat(badExpiry.exitCode()).isEqualTo(2);
        assertThat(badExpiry.err()).contains("--expiry: \"2027-02-29\" is not a real date");
        assertThat(Cli.runWithInput(CASE, "checklist", "--procedure", "coe", "--date", "2013-12-23", "-").err())
                .contains("--date: 2013-12-23 is before 2013-12-24");
    }

    @Test
    void inputErrorsNameTheFieldAndExitWith2() {
        Run noCategory = Cli.runWithInput(NO_CATEGORY, "checklist", "--procedure", "extension", "-");
        assertThat(noCategory.exitCode()).isEqualTo(2);
        assertThat(noCategory.out()).isEmpty();
        assertThat(noCategory.err()).startsWith("hsp checklist: employerCategory: the case gives none");
        assertThat(Cli.runWithInput(NO_CATEGORY, "checklist", "--procedure", "pr", "-").exitCode()).isZero();
        Run invalid = Cli.runWithInput(CASE.replace("\"employerCategory\": 2", "\"employerCategory\": 5"),
                "checklist", "--procedure", "coe", "-");
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains("  employerCategory").doesNotContain("Exception");
        Run early = Cli.runWithInput(CASE, "checklist", "--procedure", "coe", "--date", "2022-12-31", "-");
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("--date: 2022-12-31 is before the case's first snapshot (2023-01-01)");
        Run malformed = Cli.runWithInput("{", "checklist", "--procedure", "coe", "-");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("malformed JSON");
    }
}
