package org.hspnavigator.cli.family;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.CaseArguments;
import org.hspnavigator.cli.language.LanguageOption;
import org.hspnavigator.cli.input.CaseInput;
import org.hspnavigator.cli.input.CaseInput.DatedCase;
import org.hspnavigator.engine.family.FamilyAssessment;
import org.hspnavigator.engine.family.FamilyFacts;
import org.hspnavigator.engine.family.FamilyPreferences;
import org.hspnavigator.formats.family.FamilyJson;
import org.hspnavigator.formats.family.FamilyReport;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.MessageTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code hsp family}: spouse employment, parents and domestic workers of an HSP(i) holder on a date. */
@Command(name = "family",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Family preferences of an HSP(i) holder: spouse employment, parents, domestic workers.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads a case (snapshots, residence, household) and shows, for the date, whether the spouse may "
                    + "work, a parent may come, and each type of domestic worker may be employed: eligible or "
                    + "not, why, and until when (the day the youngest child turns 7 or 13). Household income "
                    + "is the HSP's annual salary in the snapshot in force on the date plus the spouse's."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:assessed (whatever the verdicts)", "2:invalid input or usage", "1:internal error"},
        footerHeading = "%nExamples:%n",
        footer = {"  ./hsp family examples/case-zhang.json", "  ./hsp family --json --date 2027-06-01 case.json"})
public final class FamilyCommand implements Callable<Integer> {

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
        Optional<FamilyFacts> facts = FamilyFacts.of(dated.get().applicant(), dated.get().date());
        if (facts.isEmpty()) {
            input.beforeFirstSnapshot(dated.get(), FamilyJson.BEFORE_FIRST_SNAPSHOT);
            return ExitCodes.INVALID_INPUT;
        }
        FamilyAssessment assessment = new FamilyPreferences().assess(facts.get());
        MessageTexts texts = MessageTexts.of("family", language.language());
        PrintWriter out = spec.commandLine().getOut();
        if (arguments.json()) {
            out.println(StrictJson.toText(new FamilyJson(texts).write(facts.get(), assessment)));
        } else {
            out.print(new FamilyReport(texts).render(facts.get(), assessment));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
