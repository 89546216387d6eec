package org.hspnavigator.cli.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.json.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FaqCommandTest {

    @Test
    void listsEveryMythWithVerdictAndRule() {
        Run run = Cli.run("faq");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("a) The HSP visa was launched in 2017", "v) A change of employer",
                "Verdict: FALSE", "Verdict: TRUE, WITH CONDITIONS",
                "Sources: Designated Activities notice (特定活動告示) item 33, ISA Q&A on the points system https://")
                .doesNotContain("rules.md");
    }

    @Test
    void showsOneMythById() {
        Run run = Cli.run("faq", "D");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("d) The spouse can work without a separate permit.")
                .contains("特定活動").doesNotContain("e) ");
    }

    /** The command to run is told on the command line only, on a line of its own after the rule. */
    @Test
    void theFamilyEntryTellsWhichCommandAppliesItsRule() throws Exception {
        Run run = Cli.run("faq", "e");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(up to 2).\n   Run 'hsp family' on a case.\n   Sources: ");
        Run japanese = Cli.run("faq", "--lang", "ja", "e");
        assertThat(japanese.out()).contains("判定：正しい（条件付き）", "\n   事例に対して 'hsp family' を実行すること。\n   出典：");
        assertThat(StrictJson.parse(Cli.run("faq", "--json", "e").out()).get("rule").stringValue())
                .endsWith("(up to 2).").doesNotContain("hsp family");
    }

    @Test
    void printsJson() throws Exception {
        Run all = Cli.run("faq", "--json");
        assertThat(all.exitCode()).isZero();
        JsonNode array = StrictJson.parse(all.out());
        assertThat(array.size()).isEqualTo(22);
        assertThat(array.get(6).get("id").stringValue()).isEqualTo("g");
        assertThat(array.get(6).get("verdict").stringValue()).isEqualTo("FALSE");

        JsonNode one = StrictJson.parse(Cli.run("faq", "--json", "i").out());
        assertThat(one.get("id").stringValue()).isEqualTo("i");
        assertThat(one.get("rule").stringValue()).contains("no language requirement");
    }

    @Test
    void anUnknownIdIsAnInputError() {
        Run run = Cli.run("faq", "zz");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("hsp faq: ID: unknown myth \"zz\"").contains("a, b, c");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = Cli.run("faq", "--yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--yaml");
    }

    @Test
    void wrapsAtWordBoundaries() {
        assertThat(FaqCommand.wrap("aa bb cc dd", 5)).containsExactly("aa bb", "cc dd");
        assertThat(FaqCommand.wrap("averyverylongword x", 5)).containsExactly("averyverylongword", "x");
    }
}
