package org.hspnavigator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hspnavigator.cli.input.TerminalInput;

/**
 * The run from which the {@code hsp} launcher records its class-data archive (AppCDS) after each
 * build: every command once on the examples of the repository, the output discarded. The archive
 * holds only the classes loaded while it was recorded, so a run of one command would leave the
 * classes of the others, such as the CSV reader of {@code hsp batch}, to be read from the jar at every
 * start.
 */
public final class ArchiveTrainingRun {

    private ArchiveTrainingRun() {
    }

    /** {@code args[0]}: the folder of the example files ({@code examples} in the repository). */
    public static void main(String[] args) throws IOException {
        Path scores = Files.createTempFile("hsp-training-", ".csv");
        // As Main.main does before any command, so that the classes it uses are in the archive too.
        TerminalInput.standardInput();
        try {
            PrintWriter discard = new PrintWriter(Writer.nullWriter());
            for (List<String> command : commands(Path.of(args[0]), scores)) {
                Main.run(command.toArray(String[]::new), discard, discard, InputStream.nullInputStream());
            }
        } finally {
            Files.deleteIfExists(scores);
            Files.deleteIfExists(report(scores));
        }
    }

    /** The PDF of the report command, beside the batch's output {@code scores}. */
    static Path report(Path scores) {
        return scores.resolveSibling(scores.getFileName() + ".pdf");
    }

    /** The commands run, with the batch's output written to {@code scores} and the report beside it. */
    static List<List<String>> commands(Path examples, Path scores) {
        String profile = examples.resolve("mr-zhang.json").toString();
        String applicant = examples.resolve("case-zhang.json").toString();
        return List.of(
                List.of("score", profile),
                List.of("score", "--json", profile),
                List.of("advise", profile),
                List.of("batch", examples.resolve("candidates.csv").toString(), "-o", scores.toString()),
                List.of("pr", applicant),
                List.of("family", applicant),
                List.of("checklist", "--procedure", "change", applicant),
                List.of("report", profile, "-o", report(scores).toString()),
                List.of("faq"),
                // Its help only: the questions wait for a person, whose answers take longer than any start-up.
                List.of("new", "profile", "--help"),
                List.of("--version"));
    }
}
