package org.hspnavigator.cli.score;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.CategoryChoice;
import org.hspnavigator.cli.input.DateOverride;
import org.hspnavigator.cli.input.JsonOutput;
import org.hspnavigator.cli.input.StreamedProfileInput;
import org.hspnavigator.cli.language.LanguageOption;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.text.Explanations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hsp score}: the points of a profile in each category, item by item, with the verdict. */
@Command(name = "score",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Compute the HSP points of one profile or a list of profiles.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads an applicant profile in JSON (one object, or an array of objects; or several files) and "
                    + "shows the points "
                    + "in each of the three HSP categories, item by item, with the official Japanese term, "
                    + "the reason for every point, the total and the verdict: eligible at 70 points or more "
                    + "(specialized/technical and business management also need an annual salary of at least "
                    + "¥3,000,000). Each category also says whether the J-Skip criteria (特別高度人材, from "
                    + "2023-04-21) are met.",
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
            "  ./hsp score examples/mr-zhang.json examples/ms-li.json examples/dr-wang.json",
            "  cat profile.json | ./hsp score -"
        })
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOutput json;

    @Mixin
    private CategoryChoice category;

    @Mixin
    private DateOverride date;

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The profile JSON file, or - to read standard input; several files score every "
                    + "applicant they hold, in turn.")
    private List<String> files;

    private final Clock clock;
    private final InputStream stdin;

    public ScoreCommand(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PointsEngine engine = PointsEngine.official();
        // Read and written a profile at a time: arrays of any length, over any number of files, in constant memory.
        StreamedProfileInput input = new StreamedProfileInput("hsp score", clock, engine.ruleBook().earliestDate(),
                stdin, spec.commandLine().getErr(), language.language());
        ScoreWriter writer = new ScoreWriter(spec.commandLine().getOut(), json.json(), category.categories(), engine,
                Explanations.of(language.language()));
        return input.read(files, date, writer) ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
