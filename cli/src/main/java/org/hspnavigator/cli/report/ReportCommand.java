package org.hspnavigator.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.CategoryChoice;
import org.hspnavigator.cli.input.DateOverride;
import org.hspnavigator.cli.input.ProfileInput;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.sheet.PointSheetPdf;
import org.hspnavigator.report.sheet.PointSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hsp report}: the point calculation report (ポイント計算表) of one profile as a PDF file. */
@Command(name = "report",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Write the point calculation sheet (ポイント計算表) of one profile as PDF.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads one applicant profile in JSON and writes a PDF laid out like the ISA point calculation "
                    + "sheet of the category: every item of the sheet in force on the date, in its order, the "
                    + "applicant's row marked, the points per item, the total, the verdict, the rule set, and "
                    + "the evidence (疎明資料 ①–㉑) to attach for each item that scores. Japanese by default, "
                    + "since the sheet is filed in Japan; the official Japanese terms stay in every language. "
                    + "The font is embedded: the PDF needs no font on the reader's machine."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the PDF was written",
            "2:invalid input or usage; stderr says which field (JSON path) or option and why",
            "1:internal error"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./hsp report examples/mr-zhang.json -o zhang.pdf",
            "  ./hsp report --lang en --category ACADEMIC_RESEARCH examples/dr-wang.json -o wang.pdf",
            "  ./hsp report --date 2027-06-01 examples/ms-li.json -o li-2027.pdf"
        })
public final class ReportCommand implements Callable<Integer> {

    static final String ONE_PROFILE_ONLY = "expected one profile object; a report is of one applicant, not an array";

    @Spec
    private CommandSpec spec;

    @Mixin
    private CategoryChoice category;

    @Mixin
    private DateOverride date;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "ja",
            description = "The language of the report: ja, en, zh (Simplified Chinese), zh-Hant (Traditional "
                    + "Chinese) or ko. Default: ${DEFAULT-VALUE}.")
    private String language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", required = true,
            description = "The PDF file to write (replaced if it exists).")
    private Path output;

    @Parameters(index = "0", paramLabel = "PROFILE",
            description = "The profile JSON file (one profile object), or - to read standard input.")
    private String file;

    private final Clock clock;
    private final InputStream stdin;

    public ReportCommand(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        ReportLanguage lang = ReportLanguage.byTag(language).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--lang: expected one of " + ReportLanguage.tags() + ", got \"" + language + "\""));
        PointsEngine engine = PointsEngine.official();
        PrintWriter err = spec.commandLine().getErr();
        ProfileInput input = new ProfileInput("hsp report", clock, engine.ruleBook().earliestDate(), stdin, err);
        Optional<Profile> read = input.readOne(file, date, ONE_PROFILE_ONLY);
        if (read.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Profile profile = read.get();
        ScoreResult result = engine.score(profile);
        Category chosen = category.category().orElseGet(result::defaultCategory);
        byte[] pdf = new PointSheetPdf(lang).write(PointSheets.of(result, profile, chosen), clock.instant());
        return write(pdf, err);
    }

    /** Writes the file whole or not at all: into a temporary file beside it, then renamed over it. */
    private int write(byte[] pdf, PrintWriter err) throws IOException {
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            return cannotWrite(err, "is a directory");
        }
        Path partial = null;
        try {
            // Not Files.createTempFile, whose file only its owner may read: the PDF gets the permissions
            // of any file the user writes.
            partial = target.resolveSibling(".hsp-report-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
                    + ".pdf.part");
            Files.write(partial, pdf, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            partial = null;
        } catch (NoSuchFileException e) {
            return cannotWrite(err, "its folder does not exist");
        } catch (AccessDeniedException e) {
            return cannotWrite(err, "permission denied");
        } finally {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
        }
        err.println("hsp report: wrote " + output + " (" + pdf.length + " bytes)");
        err.flush();
        return ExitCodes.OK;
    }

    private int cannotWrite(PrintWriter err, String why) {
        err.println("hsp report: cannot write " + output + ": " + why);
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
