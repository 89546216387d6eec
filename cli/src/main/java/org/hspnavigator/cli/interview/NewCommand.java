package org.hspnavigator.cli.interview;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hsp new}: writes a profile or a case file from answers to questions, for users who do not write JSON. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Write a profile or a case file by answering questions.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Asks the questions of a profile (one applicant on one date, for hsp score and hsp advise) or of a "
                    + "case (the applicant over time, for hsp pr, hsp family and hsp checklist) one at a time, "
                    + "says what each means, checks each answer as it is given, and writes the file."
        },
        commandListHeading = "%nCommands:%n",
        subcommands = {NewProfileCommand.class, NewCaseCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./hsp new profile applicant.json && ./hsp score applicant.json",
            "  ./hsp new case applicant-case.json && ./hsp pr applicant-case.json"
        })
public final class NewCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing what to write: hsp new profile FILE, or hsp new case FILE");
    }
}
