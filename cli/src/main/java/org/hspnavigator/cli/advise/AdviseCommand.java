package org.hspnavigator.cli.advise;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.CategoryChoice;
import org.hspnavigator.cli.input.DateOverride;
import org.hspnavigator.cli.input.JsonOutput;
import org.hspnavigator.cli.input.OptionConverters;
import org.hspnavigator.cli.language.LanguageOption;
import org.hspnavigator.cli.input.ProfileInput;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Advisor;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.advice.AdviceJson;
import org.hspnavigator.formats.advice.AdviceOptions;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Explanations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hsp advise}: the smallest sets of real changes that reach 70 or 80 points, and the points over time. */
@Command(name = "advise",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Suggest the smallest changes that reach 70 or 80 points, and forecast the points over 5 years.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads one applicant profile in JSON and lists the smallest sets of real changes (pass JLPT N1, "
                    + "a salary of at least the next bracket, wait until experience reaches the next threshold, "
                    + "...) that bring the category to the target, ranked by effort (1 wait, 2 exam, 3 raise of up "
                    + "to 20 %%, 4 new role, employer or larger raise, 5 new degree or investment). Every "
                    + "suggestion is re-scored with the official tables. Then lists the dates in the next 5 years on which the points drop "
                    + "(birthdays at 30, 35, 40) or rise (completed years of experience), with the last day to "
                    + "apply before each drop.",
            "",
            "The README describes the profile fields and the advisor's readings."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:advice given (whether or not the target can be reached)",
            "2:invalid input or usage; stderr says which field (JSON path) and why",
            "1:internal error"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./hsp advise examples/ms-li.json",
            "  ./hsp advise --target 80 --json examples/ms-li.json",
            "  ./hsp advise --category BUSINESS_MANAGEMENT examples/mr-zhang.json"
        })
public final class AdviseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--target", paramLabel = "POINTS", defaultValue = "" + AdviceOptions.DEFAULT_TARGET,
            converter = OptionConverters.Target.class,
            description = "The points to reach: 70 (the visa) or 80 (the one-year permanent-residence route). "
                    + "Default: ${DEFAULT-VALUE}.")
    private int target;

    @Mixin
    private CategoryChoice category;

    @Mixin
    private JsonOutput json;

    @Mixin
    private DateOverride date;

    @Mixin
    private LanguageOption language;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + AdviceOptions.DEFAULT_LIMIT,
            converter = OptionConverters.Limit.class,
            description = "Show at most N suggestions, the best first. Default: ${DEFAULT-VALUE}.")
    private int limit;

    @Parameters(index = "0", paramLabel = "PROFILE",
            description = "The profile JSON file (one profile object), or - to read standard input.")
    private String file;

    private final Clock clock;
    private final InputStream stdin;

    public AdviseCommand(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PointsEngine engine = PointsEngine.official();
        ProfileInput input = new ProfileInput("hsp advise", clock, engine.ruleBook().earliestDate(), stdin,
                spec.commandLine().getErr(), language.language());
        Optional<Profile> read = input.readOne(file, date, AdviceJson.ONE_PROFILE_ONLY);
        if (read.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Profile profile = read.get();
        Advisor advisor = new Advisor(engine);
        Optional<Category> chosen = category.category();
        Advice advice = chosen.isEmpty() ? advisor.advise(profile, target) : advisor.advise(profile, chosen.get(), target);
        PrintWriter out = spec.commandLine().getOut();
        Explanations explanations = Explanations.of(language.language());
        if (json.json()) {
            out.println(StrictJson.toText(new AdviceJson(explanations).write(advice, limit)));
        } else {
            out.print(new AdviceReport(explanations).render(advice, limit));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
