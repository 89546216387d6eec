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
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.CategoryChoice;
import org.hspnavigator.cli.input.CommandInput;
import org.hspnavigator.cli.input.DateOverride;
import org.hspnavigator.cli.input.FileProblems;
import org.hspnavigator.cli.input.OptionConverters;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.applicant.FirstSnapshot;
import org.hspnavigator.formats.applicant.OneApplicant;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.ReportParameters;
import org.hspnavigator.report.summary.SheetSource;
import org.hspnavigator.report.writer.ReportKind;
import org.hspnavigator.report.writer.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hsp report}: a PDF report of one applicant, from a profile or a case: the point calculation
 * sheet (ポイント計算表) of one category, or the applicant summary.
 */
@Command(name = "report",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Write the point calculation sheet (ポイント計算表) or the applicant summary of one applicant as PDF.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads one applicant profile, or a case (dated snapshots and the residence in Japan, as hsp pr "
                    + "reads it), and writes a PDF. --kind sheet (the default) is laid out like the ISA point "
                    + "calculation sheet of the category: every item of the sheet in force on the date, in its "
                    + "order, the applicant's row marked, the points per item, the total, the verdict, the rule "
                    + "set, and the evidence (疎明資料 ①–㉑) to attach for each item that scores. --kind summary "
                    + "is the applicant's: the three categories compared, the advisor's top changes, the points "
                    + "forecast chart, the permanent-residence dates (from a case) and the documents to prepare. "
                    + "A case is taken as its snapshot on --date (default: today). Japanese by default, since the "
                    + "sheet is filed in Japan; the official Japanese terms stay in every language. The fonts are "
                    + "embedded: the PDF needs no font on the reader's machine."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the PDF was written",
            "2:invalid input or usage, or a PDF that cannot be written (a full disk, a read-only file system); stderr says which field (JSON path), option or file and why",
            "1:internal error"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./hsp report examples/mr-zhang.json -o zhang.pdf",
            "  ./hsp report --lang en --category ACADEMIC_RESEARCH examples/dr-wang.json -o wang.pdf",
            "  ./hsp report --kind summary --lang zh examples/case-zhang.json -o zhang-summary.pdf",
            "  ./hsp report --date 2027-06-01 examples/ms-li.json -o li-2027.pdf"
        })
public final class ReportCommand implements Callable<Integer> {

    /** Why an array of profiles gets no report: a key of the {@code validation} bundle. */
    static final String ONE_PROFILE_ONLY = "array.report";
    /** Why a date before a case's first snapshot gets no report: a key of the {@code validation} bundle. */
    private static final String BEFORE_FIRST_SNAPSHOT = "consequence.report";

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = ReportParameters.DEFAULT_KIND,
            converter = OptionConverters.ReportKindName.class,
            description = "The report: sheet (the point calculation sheet of one category, for the application) or "
                    + "summary (the applicant summary). Default: ${DEFAULT-VALUE}.")
    private ReportKind kind;

    @Mixin
    private CategoryChoice category;

    @Mixin
    private DateOverride date;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = ReportParameters.DEFAULT_LANGUAGE,
            converter = OptionConverters.ReportLanguageTag.class,
            description = "The language of the report: ja, en, zh (Simplified Chinese), zh-Hant (Traditional "
                    + "Chinese) or ko. Default: ${DEFAULT-VALUE}.")
    private ReportLanguage language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", required = true,
            description = "The PDF file to write (replaced if it exists).")
    private Path output;

    @Parameters(index = "0", paramLabel = "PROFILE|CASE",
            description = "The profile JSON file (one profile object) or case JSON file, or - to read standard input.")
    private String file;

    private final Clock clock;
    private final InputStream stdin;
    private final LanguageEnvironment environment;

    public ReportCommand(Clock clock, InputStream stdin, LanguageEnvironment environment) {
        this.clock = clock;
        this.stdin = stdin;
        this.environment = environment;
    }

    public ReportCommand(Clock clock, InputStream stdin) {
        this(clock, stdin, LanguageEnvironment.english());
    }

    @Override
    public Integer call() throws IOException {
        Language problems = problemsLanguage(language);
        PrintWriter err = spec.commandLine().getErr();
        CommandInput input = new CommandInput("hsp report", clock, RuleBook.official().earliestDate(), stdin, err,
                problems);
        Optional<Applicant> applicant = read(input);
        if (applicant.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        byte[] pdf = ReportWriter.official(SheetSource.COMMAND_LINE).write(kind, language, applicant.get().profile(),
                applicant.get().source(), category.category(), clock.instant());
        return write(pdf, err, problems);
    }

    /**
     * The language of the problems of the input: the report's when {@code --lang} is given, else the one
     * every command speaks ({@code HSP_LANG}, the system's). Not the report's default, Japanese: that
     * default is for the sheet filed in Japan, not for the person reading the terminal.
     */
    private Language problemsLanguage(ReportLanguage lang) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--lang")) {
            return Language.byTag(lang.tag()).orElse(Language.EN);
        }
        try {
            return environment.choose(null);
        } catch (LanguageEnvironment.UnknownLanguage unknown) {
            return Language.EN;
        }
    }

    /** The applicant to report on: a profile, or a case's profile on the date with the case. */
    private record Applicant(Profile profile, Optional<ApplicantCase> source) {
    }

    /**
     * The profile or case of the input, read whole first since only its fields tell which it is; empty
     * after reporting every problem.
     */
    private Optional<Applicant> read(CommandInput input) throws IOException {
        Optional<ProfileReader> reader = date.reader(input.referenceDates(), input.language(), input::error);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = input.open(file, "a profile or case file")) {
            if (in == null) {
                return Optional.empty();
            }
            bytes = in.readAllBytes();
        }
        OneApplicant read;
        try {
            read = OneApplicant.read(bytes, reader.get(), new CaseReader(input.referenceDates()), ONE_PROFILE_ONLY);
        } catch (InvalidInputException e) {
            input.reportInvalid(file, e.violations());
            return Optional.empty();
        }
        if (read.profile().isPresent()) {
            return Optional.of(new Applicant(read.profile().get(), Optional.empty()));
        }
        return onDate(input, read.applicant().orElseThrow());
    }

    /** The case's profile on {@code --date} (default today); empty after reporting a date it says nothing of. */
    private Optional<Applicant> onDate(CommandInput input, ApplicantCase applicant) {
        Optional<LocalDate> on = input.date(date.value());
        if (on.isEmpty()) {
            return Optional.empty();
        }
        Optional<Profile> profile = applicant.profileOn(on.get());
        if (profile.isEmpty()) {
            input.error((date.given() ? "--date: " : "") + input.text(FirstSnapshot.before(on.get(), date.given(),
                    applicant.firstSnapshotDate(), BEFORE_FIRST_SNAPSHOT)));
            return Optional.empty();
        }
        return Optional.of(new Applicant(profile.get(), Optional.of(applicant)));
    }

    /** Writes the file whole or not at all: into a temporary file beside it, then renamed over it. */
    private int write(byte[] pdf, PrintWriter err, Language language) throws IOException {
        CommandTexts problems = CommandTexts.problems(language);
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            return cannotWrite(err, problems, problems.text("report.isDirectory"));
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
            return cannotWrite(err, problems, problems.text("report.folderMissing"));
        } catch (AccessDeniedException e) {
            return cannotWrite(err, problems, problems.text("file.permissionDenied"));
        } catch (IOException e) {
            // A full disk, a read-only file system, an input/output error: the system's reason, worded for
            // the person at the terminal, who can act on it (free room, write elsewhere).
            return cannotWrite(err, problems, FileProblems.writingReason(e, language));
        } finally {
            removePartial(partial);
        }
        err.println("hsp report: " + new CommandTexts(language).text("report.wrote", output.toString(),
                Integer.toString(pdf.length)));
        err.flush();
        return ExitCodes.OK;
    }

    /**
     * Removes what a failed write left beside the target. On a read-only file system even the removal of a
     * file that was never made fails, and that second failure must not hide the first one's message.
     */
    private static void removePartial(Path partial) {
        if (partial == null || Files.notExists(partial)) {
            return;
        }
        try {
            Files.delete(partial);
        } catch (IOException stays) {
            // The partial file stays, named .hsp-report-*.part; the message already says the write failed.
        }
    }

    private int cannotWrite(PrintWriter err, CommandTexts problems, String why) {
        err.println("hsp report: " + problems.text("report.cannotWrite", output.toString(), why));
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
