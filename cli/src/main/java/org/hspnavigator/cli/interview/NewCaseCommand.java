package org.hspnavigator.cli.interview;

import java.io.InputStream;
import java.time.Clock;
import org.hspnavigator.formats.profile.DocumentKind;
import picocli.CommandLine.Command;

/** {@code hsp new case}: writes a case file (docs/rules.md §18) from answers to questions. */
@Command(name = "case",
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Write a case file by answering questions.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Asks the questions of a case (the applicant over time (dated profiles, residence, household, employer), as hsp pr, hsp family and hsp checklist read it) on the terminal, one at a time, with what each "
                    + "means; an answer that cannot be right is refused with the reason and asked again. "
                    + "The file is written after the last answer, and only if it does not exist yet (--force "
                    + "overwrites it). Answers may also be piped, one per line."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the file is written",
            "2:the file exists, or the answers ended before the last question; nothing written",
            "1:internal error"
        },
        footerHeading = "%nExample:%n",
        footer = {"  ./hsp new case case.json && ./hsp pr case.json"})
public final class NewCaseCommand extends NewDocumentCommand {

    public NewCaseCommand(Clock clock, InputStream stdin) {
        super(clock, stdin, DocumentKind.CASE);
    }
}
