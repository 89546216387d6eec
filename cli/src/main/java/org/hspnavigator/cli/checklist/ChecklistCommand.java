package org.hspnavigator.cli.checklist;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.CaseArguments;
import org.hspnavigator.cli.input.CaseInput;
import org.hspnavigator.cli.input.CaseInput.DatedCase;
import org.hspnavigator.cli.input.OptionConverters;
import org.hspnavigator.cli.language.LanguageOption;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.procedure.Checklist;
import org.hspnavigator.engine.procedure.ChecklistRequest;
import org.hspnavigator.engine.procedure.Checklists;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.procedure.ChecklistJson;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.procedure.ChecklistReport;
import org.hspnavigator.formats.profile.DateParameter;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.MessageTexts;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hsp checklist}: the documents, point evidence, fee and deadlines of an application on a date. */
@Command(name = "checklist",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "What an application needs: documents, point evidence, the fee in force, deadlines.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads a case and lists, for the procedure filed on the date: the documents for the employer "
                    + "category, the evidence for each point item with the smallest set that proves the "
                    + "threshold marked (70; 80 for permanent residence on the 1-year route), the fee in force "
                    + "on the date, and the deadlines and duties. The points are those of the case snapshot "
                    + "in force on the date, in the category of the HSP status held (else the best category)."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (whether the points suffice or not)", "2:invalid input or usage", "1:internal error"},
        footerHeading = "%nExamples:%n",
        footer = {"  ./hsp checklist --procedure extension examples/case-zhang.json",
            "  ./hsp checklist --procedure extension --expiry 2027-01-31 --json case.json",
            "  ./hsp checklist --procedure pr --date 2027-06-01 case.json"})
public final class ChecklistCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--procedure", required = true, paramLabel = "coe|change|extension|pr",
            converter = OptionConverters.ProcedureId.class,
            description = "The procedure: coe (Certificate of Eligibility), change (of status), extension, pr.")
    private Procedure procedure;

    @Mixin
    private CaseArguments arguments;

    @Mixin
    private LanguageOption language;

    @Option(names = "--expiry", paramLabel = "YYYY-MM-DD",
            description = "change and extension only: the day the current period of stay expires, to date the "
                    + "extension window and the special period.")
    private String expiry;

    @Override
    public Integer call() throws IOException {
        CaseInput input = arguments.input(language.language());
        Optional<LocalDate> expires = Optional.empty();
        if (expiry != null) {
            Optional<Problem> notApplicable = ChecklistOptions.expiryProblem(procedure);
            if (notApplicable.isPresent()) {
                input.error("--expiry: " + input.text(notApplicable.get()));
                return ExitCodes.INVALID_INPUT;
            }
            DateParameter.Parsed parsed = ChecklistOptions.expiry(expiry);
            if (parsed.date() == null) {
                input.error("--expiry: " + input.text(parsed.problem()));
                return ExitCodes.INVALID_INPUT;
            }
            expires = Optional.of(parsed.date());
        }
        Optional<DatedCase> dated = input.read(arguments.file(), arguments.date());
        if (dated.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        ApplicantCase applicant = dated.get().applicant();
        Optional<Violation> noResidence = ChecklistOptions.residenceProblem(applicant, procedure);
        if (noResidence.isPresent()) {
            input.invalid(arguments.file(), noResidence.get());
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Problem> noEmployerCategory = ChecklistOptions.employerCategoryProblem(applicant, procedure);
        if (noEmployerCategory.isPresent()) {
            input.error("employerCategory: " + input.text(noEmployerCategory.get()));
            return ExitCodes.INVALID_INPUT;
        }
        Optional<ChecklistRequest> request = ChecklistRequest.of(applicant, procedure, dated.get().date(), expires);
        if (request.isEmpty()) {
            input.beforeFirstSnapshot(dated.get(), ChecklistOptions.BEFORE_FIRST_SNAPSHOT);
            return ExitCodes.INVALID_INPUT;
        }
        Checklist checklist = Checklists.official().build(request.get());
        MessageTexts texts = MessageTexts.of("checklist", language.language());
        Explanations explanations = Explanations.of(language.language());
        PrintWriter out = spec.commandLine().getOut();
        if (arguments.json()) {
            out.println(StrictJson.toText(new ChecklistJson(texts, explanations).write(checklist)));
        } else {
            out.print(new ChecklistReport(texts, explanations).render(checklist));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
