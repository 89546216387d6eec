package org.hspnavigator.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code hsp new profile} and {@code hsp new case} with their answers on standard input, one per line:
 * each wrong answer is refused with the reader's reason and asked again, and the file written is one
 * that {@code hsp score} and {@code hsp pr} read.
 */
class NewCommandTest {

    /** Mr. Zhang of examples/mr-zhang.json, with a wrong answer before each of three right ones. */
    private static final List<String> ZHANG = List.of(
            "Zhang Wei",           // id
            "2026-11-27",          // referenceDate
            "1990-02-30",          // birthDate: refused
            "1994-03-10",
            "8,000,000",           // annualSalaryYen: refused
            "8000000",
            "1",                   // degrees: how many
            "phd",                 // degrees[0].level: refused
            "master",
            "Computer science",
            "no", "", "",          // inJapan, designatedUniversity, japaneseMajor
            "", "5", "",           // careerYears
            "",                    // research: nothing to state
            "n2", "",              // jlpt, bjtScore
            "", "", "",            // qualifications, foreign qualification, position
            "",                    // employer: nothing to state
            "",                    // growth field
            "",                    // training: nothing to state
            "");                   // investmentYen

    @Test
    void aProfileWrittenFromAnswersIsScoredAsTheExampleIs(@TempDir Path dir) throws IOException, InvalidInputException {
        Path file = dir.resolve("zhang.json");
        Run run = Cli.runWithInput(lines(ZHANG), "new", "profile", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("Date of birth (YYYY-MM-DD; required)", "Age counts completed years on the reference date")
                .contains("Not accepted: \"1990-02-30\" is not a real date. Please answer again.")
                .contains("Not accepted: expected a number of yen, got the string \"8,000,000\". Please answer again.")
                .contains("Not accepted: unknown value \"PHD\"; expected one of DOCTORATE, MBA_MOT, MASTER")
                .contains("hsp new profile: wrote " + file + "; next: hsp score " + file);
        JsonNode written = StrictJson.parse(Files.readString(file));
        assertThat(written.get("id").stringValue()).isEqualTo("Zhang Wei");
        assertThat(written.has("research")).isFalse();

        JsonNode scored = StrictJson.parse(Cli.run("score", "--json", file.toString()).out());
        JsonNode example = StrictJson.parse(Cli.run("score", "--json", example("mr-zhang.json")).out());
        assertThat(scored.get("id").stringValue()).isEqualTo("Zhang Wei");
        ((tools.jackson.databind.node.ObjectNode) scored).remove("id");
        assertThat(scored).isEqualTo(example);
    }

    @Test
    void theQuestionsAndMessagesSpeakTheLanguageOfLangAndTheFileIsTheSame(@TempDir Path dir) throws IOException {
        Path english = dir.resolve("english.json");
        Path japanese = dir.resolve("japanese.json");
        Cli.runWithInput(lines(ZHANG), "new", "profile", english.toString());
        Run run = Cli.runWithInput(lines(ZHANG), "new", "profile", "--lang", "ja", japanese.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .startsWith("各質問に答えてEnterを押す。")
                .contains("生年月日（YYYY-MM-DD、必須）", "年齢は基準日における満年齢で数えます")
                .contains("  受け付けられない：", "。もう一度答えること。")
                .contains("までの数。Enterで0）", "学位 1/1", "（yes又はno。Enterでno）")
                .contains("hsp new profile: " + japanese + "を書き込んだ。次は：hsp score " + japanese)
                .doesNotContain("Not accepted", "Enter for", "how many", "required", "expected a number", "unknown value");
        assertThat(Files.readString(japanese)).isEqualTo(Files.readString(english));
    }

    @Test
    void anAnswerThatOnlyLaterAnswersShowWrongIsAskedAgainAtTheEnd(@TempDir Path dir) throws IOException {
        List<String> answers = new ArrayList<>(ZHANG);
        answers.set(3, "2027-01-01");                 // born after the reference date
        answers.add("1994-03-10");                    // the birth date asked again
        Path file = dir.resolve("later.json");
        Run run = Cli.runWithInput(lines(answers), "new", "profile", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Not accepted: birthDate: 2027-01-01 is not before the reference date 2026-11-27.");
        assertThat(Files.readString(file)).contains("\"1994-03-10\"");
        Run japanese = Cli.runWithInput(lines(answers), "new", "profile", "--lang", "ja",
                dir.resolve("later-ja.json").toString());
        assertThat(japanese.exitCode()).as(japanese.err()).isZero();
        assertThat(japanese.err()).contains("受け付けられない：birthDate: ").doesNotContain("is not before");
    }

    @Test
    void anExistingFileIsLeftAloneWithoutForceBeforeAnyQuestion(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kept.json");
        Files.writeString(file, "keep me");
        Run refused = Cli.runWithInput(lines(ZHANG), "new", "profile", file.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("hsp new profile: " + file
                + " exists; give --force to overwrite it, or another file name" + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("keep me");

        Run forced = Cli.runWithInput(lines(ZHANG), "new", "profile", "--force", file.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(file)).contains("\"Zhang Wei\"");
    }

    @Test
    void answersThatEndEarlyWriteNothing(@TempDir Path dir) {
        Path file = dir.resolve("half.json");
        Run run = Cli.runWithInput(lines(ZHANG.subList(0, 6)), "new", "profile", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("hsp new profile: standard input ended before every question was answered; "
                + "nothing written");
        assertThat(file).doesNotExist();
    }

    @Test
    void aCaseWrittenFromAnswersIsReadByPrFamilyAndChecklist(@TempDir Path dir) throws IOException {
        List<String> answers = new ArrayList<>(List.of(
                "0",                   // snapshots: refused, at least 1
                "1",
                "",                    // referenceDate: refused, required in a case
                "2025-04-01",
                "1994-03-10", "8000000",
                "1", "MASTER", "Computer science", "", "", "",
                "", "5", "",
                "", "N2", "", "", "", "", "", "", "", "",
                "2099-01-01",          // residence since: refused, more than a year ahead
                "2022-04-01",
                "yes",                 // an HSP status is held
                "2023-05-01", "specialized_technical", "no", "75",
                "", "1", "2025-02-01", "", "",
                "3"));
        Path file = dir.resolve("case.json");
        Run run = Cli.runWithInput(lines(answers), "new", "case", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Not accepted: give a whole number from 1 to 20")
                .contains("Not accepted: required field is missing (in a case every snapshot gives the date")
                .contains("Continuous residence in Japan since (YYYY-MM-DD; required)")
                .contains("hsp new case: wrote " + file + "; next: hsp pr " + file);
        assertThat(run.err().lines().filter(line -> line.startsWith("  Not accepted")).count()).isEqualTo(3);
        for (String[] command : List.of(new String[] {"pr", "--date", "2026-11-27"},
                new String[] {"family", "--date", "2026-11-27"},
                new String[] {"checklist", "--procedure", "extension", "--date", "2026-11-27"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.add(file.toString());
            Run read = Cli.run(args.toArray(String[]::new));
            assertThat(read.exitCode()).as(String.join(" ", args) + ": " + read.err()).isZero();
        }
    }

    @Test
    void helpNamesBothKindsAndNewAloneIsAUsageError() {
        assertThat(Cli.run("new", "--help").out()).contains("Usage: hsp new", "profile", "case",
                "Write a profile or a case file by answering questions.");
        assertThat(Cli.run("new", "profile", "--help").out()).contains("Usage: hsp new profile", "--force", "FILE");
        Run alone = Cli.run("new");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("missing what to write: hsp new profile FILE, or hsp new case FILE");
        assertThat(Cli.run("new", "profile", "-V").out()).startsWith("hsp ");
    }

    private static String lines(List<String> answers) {
        return String.join("\n", answers) + "\n";
    }

    private static String example(String name) {
        return org.hspnavigator.formats.cases.CaseFiles.repositoryRoot().resolve("examples").resolve(name).toString();
    }
}
