package org.hspnavigator.cli.pr;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.CaseArguments;
import org.hspnavigator.cli.language.LanguageOption;
import org.hspnavigator.cli.input.CaseInput;
import org.hspnavigator.cli.input.CaseInput.DatedCase;
import org.hspnavigator.engine.hsptwo.HspTwo;
import org.hspnavigator.engine.hsptwo.HspTwoResult;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.formats.applicant.ResidenceRequirement;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.permanent.PermanentResidenceJson;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseArguments arguments;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws IOException {
        CaseInput input = arguments.input(language.language());
        Optional<DatedCase> dated = input.read(arguments.file(), arguments.date());
        if (dated.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Violation> noResidence = ResidenceRequirement.missing(dated.get().applicant(), "residence.for.pr");
        if (noResidence.isPresent()) {
            input.invalid(arguments.file(), noResidence.get());
            return ExitCodes.INVALID_INPUT;
        }
        LocalDate applicationDate = dated.get().date();
        PermanentResidenceResult result = PermanentResidence.official().assess(dated.get().applicant(), applicationDate);
        HspTwoResult hspTwo = HspTwo.official().assess(dated.get().applicant(), applicationDate);
        PrintWriter out = spec.commandLine().getOut();
        Explanations explanations = Explanations.of(language.language());
        if (arguments.json()) {
            out.println(StrictJson.toText(new PermanentResidenceJson(explanations).write(result, hspTwo)));
        } else {
            out.print(new PrTable(explanations).render(result, hspTwo));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
