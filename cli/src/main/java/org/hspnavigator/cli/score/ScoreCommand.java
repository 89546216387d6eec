package org.hspnavigator.cli.score;

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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.DateOption;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** {@code hsp score}: the points of a profile in each category, item by item, with the verdict. */
@Command(name = "score",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Compute the HSP points of one profile or a list of profiles.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads an applicant profile in JSON (one object, or an array of objects) and shows the points "
                    + "in each of the three HSP categories, item by item, with the official Japanese term, "
                    + "the reason for every point, the total and the verdict: eligible at 70 points or more "
                    + "(specialized/technical and business management also need an annual salary of at least "
                    + "¥3,000,000).",
            "",
            "A minimal profile: {\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8000000}. "
                    + "The README describes every field; examples/ has complete profiles."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:scored (whether eligible or not)",
            "2:invalid input or usage; stderr says which field (JSON path) and why",
            "1:internal error"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./hsp score examples/mr-zhang.json",
            "  ./hsp score --json --category SPECIALIZED_TECHNICAL examples/mr-zhang.json",
            "  ./hsp score --date 2027-06-01 examples/dr-wang.json",
            "  cat profile.json | ./hsp score -"
        })
public final class ScoreCommand implements Callable<Integer> {

    private static final int MAX_PROBLEMS_SHOWN = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the assessment as JSON (described in the README) instead of a table.")
    private boolean json;

    @Option(names = "--category", paramLabel = "ID",
            description = "Assess only this category: ${COMPLETION-CANDIDATES}.")
    private Category category;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Compute the points as of this date instead of the profile's referenceDate "
                    + "(from 2013-12-24 to one year after today).")
    private String date;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The profile JSON file, or - to read standard input.")
    private String file;

    private final Clock clock;
    private final InputStream stdin;

    public ScoreCommand(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PointsEngine engine = PointsEngine.official();
        ReferenceDates referenceDates = new ReferenceDates(clock, engine.ruleBook().earliestDate());
        ProfileReader reader = new ProfileReader(referenceDates);
        if (date != null) {
            Optional<LocalDate> override = parseDate(referenceDates);
            if (override.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            reader = reader.withReferenceDate(override.get(), "--date");
        }
        ProfileDocument document;
        try (InputStream in = open()) {
            if (in == null) {
                return ExitCodes.INVALID_INPUT;
            }
            document = ProfileDocuments.read(in, reader);
        } catch (InvalidInputException e) {
            reportInvalid(e.violations());
            return ExitCodes.INVALID_INPUT;
        }
        Set<Category> categories = category == null ? EnumSet.allOf(Category.class) : EnumSet.of(category);
        List<ScoreResult> results = new ArrayList<>();
        for (Profile profile : document.profiles()) {
            results.add(engine.score(profile, categories));
        }
        print(results, document.isArray());
        return ExitCodes.OK;
    }

    private void print(List<ScoreResult> results, boolean asArray) {
        PrintWriter out = spec.commandLine().getOut();
        Explanations explanations = Explanations.english();
        if (json) {
            AssessmentJson writer = new AssessmentJson(explanations);
            JsonNode document;
            if (asArray) {
                ArrayNode array = StrictJson.nodes().arrayNode();
                results.forEach(result -> array.add(writer.write(result)));
                document = array;
            } else {
                document = writer.write(results.get(0));
            }
            out.println(StrictJson.toText(document));
        } else {
            ScoreTable table = new ScoreTable(explanations);
            for (int i = 0; i < results.size(); i++) {
                if (asArray) {
                    out.println((i > 0 ? System.lineSeparator() : "") + "Profile [" + i + "] (" + (i + 1) + " of "
                            + results.size() + ")");
                }
                out.print(table.render(results.get(i)));
            }
        }
        out.flush();
    }

    /** The input stream to read, or null after reporting why the file cannot be read. */
    private InputStream open() {
        if (file.equals("-")) {
            return new NonClosing(stdin);
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                return fileError("is a directory, not a profile file");
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
        err.println("hsp score: " + file + ": " + problem);
        err.flush();
        return null;
    }

    private Optional<LocalDate> parseDate(ReferenceDates referenceDates) {
        DateOption.Parsed parsed = DateOption.parse(date, referenceDates);
        if (parsed.date() != null) {
            return Optional.of(parsed.date());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("hsp score: --date: " + parsed.problem());
        err.flush();
        return Optional.empty();
    }

    private void reportInvalid(List<Violation> violations) {
        PrintWriter err = spec.commandLine().getErr();
        String source = file.equals("-") ? "standard input" : file;
        err.println("hsp score: invalid input in " + source + ":");
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
