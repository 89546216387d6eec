package org.hspnavigator.cli.pr;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.hsptwo.HspTwo;
import org.hspnavigator.engine.hsptwo.HspTwoResult;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.permanent.PermanentResidenceJson;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hsp pr}: the permanent-residence routes of a case for an application date, and HSP(ii). */
@Command(name = "pr",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Check the permanent-residence routes (and HSP(ii)) of an applicant case.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads a case (dated profile snapshots, the residence in Japan, the HSP status held) and checks "
                    + "the 80-point, 70-point and J-Skip routes to permanent residence for an application on "
                    + "--date: whether each is met, the earliest date it is (up to 10 years ahead, assuming the "
                    + "latest snapshot stays true), the points at the application and at the start date, and why. "
                    + "Also shows whether and when HSP(ii) can be applied for.",
            "",
            "The README describes the case format; examples/case-zhang.json is a complete case."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:checked (whether a route is met or not)",
            "2:invalid input or usage; stderr says which field (JSON path) and why",
            "1:internal error"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./hsp pr examples/case-zhang.json",
            "  ./hsp pr --json --date 2027-10-01 examples/case-zhang.json"
        })
public final class PrCommand implements Callable<Integer> {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_PROBLEMS_SHOWN = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the result as JSON (described in the README) instead of a table.")
    private boolean json;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date of the application (default: today in Japan; from 2013-12-24 to one year "
                    + "after today).")
    private String date;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case JSON file, or - to read standard input.")
    private String file;

    private final Clock clock;
    private final InputStream stdin;

    public PrCommand(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        ReferenceDates referenceDates = new ReferenceDates(clock, RuleBook.official().earliestDate());
        LocalDate applicationDate = referenceDates.today();
        if (date != null) {
            Optional<LocalDate> given = parseDate(referenceDates);
            if (given.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            applicationDate = given.get();
        }
        ApplicantCase applicant;
        try (InputStream in = open()) {
            if (in == null) {
                return ExitCodes.INVALID_INPUT;
            }
            applicant = new CaseReader(referenceDates).read(in);
        } catch (InvalidInputException e) {
            reportInvalid(e.violations());
            return ExitCodes.INVALID_INPUT;
        }
        PermanentResidenceResult result = PermanentResidence.official().assess(applicant, applicationDate);
        HspTwoResult hspTwo = HspTwo.official().assess(applicant, applicationDate);
        PrintWriter out = spec.commandLine().getOut();
        Explanations explanations = Explanations.english();
        if (json) {
            out.println(StrictJson.toText(new PermanentResidenceJson(explanations).write(result, hspTwo)));
        } else {
            out.print(new PrTable(explanations).render(result, hspTwo));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The input stream to read, or null after reporting why the file cannot be read. */
    private InputStream open() {
        if (file.equals("-")) {
            return new NonClosing(stdin);
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                return fileError("is a directory, not a case file");
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            return fileError("no such file");
        } catch (AccessDeniedException e) {
            return fileError("permission denied");
        } catch (IOException e) {
            return fileError("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private InputStream fileError(String problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("hsp pr: " + file + ": " + problem);
        err.flush();
        return null;
    }

    private Optional<LocalDate> parseDate(ReferenceDates referenceDates) {
        String problem;
        if (!ISO_DATE.matcher(date).matches()) {
            problem = "\"" + date + "\" is not a date in the form YYYY-MM-DD";
        } else {
            try {
                LocalDate parsed = LocalDate.parse(date);
                Optional<String> outOfRange = referenceDates.problem(parsed);
                if (outOfRange.isEmpty()) {
                    return Optional.of(parsed);
                }
                problem = outOfRange.get();
            } catch (DateTimeParseException e) {
                problem = "\"" + date + "\" is not a real date";
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("hsp pr: --date: " + problem);
        err.flush();
        return Optional.empty();
    }

    private void reportInvalid(List<Violation> violations) {
        PrintWriter err = spec.commandLine().getErr();
        String source = file.equals("-") ? "standard input" : file;
        err.println("hsp pr: invalid input in " + source + ":");
        violations.stream().limit(MAX_PROBLEMS_SHOWN).forEach(violation -> err.println("  " + violation.message()));
        if (violations.size() > MAX_PROBLEMS_SHOWN) {
            err.println("  ... and " + (violations.size() - MAX_PROBLEMS_SHOWN) + " more problems");
        }
        err.flush();
    }

    /** Standard input must stay open for the process; closing the reader must not close it. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
