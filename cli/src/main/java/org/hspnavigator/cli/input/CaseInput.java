package org.hspnavigator.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.applicant.FirstSnapshot;
import org.hspnavigator.formats.profile.WrongDocumentException;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The input of the commands that take a case file (docs/rules.md §18) and a {@code --date}:
 * reads the case from a path or standard input and checks the date as {@code hsp score} does. Every
 * problem is reported on stderr in the command's name, one line each, and the caller exits with 2.
 */
public final class CaseInput {

    private final CommandInput input;

    /** A reader that reports the problems of the case in {@code language}. */
    public CaseInput(CommandSpec spec, Clock clock, InputStream stdin, Language language) {
        this.input = new CommandInput(spec.qualifiedName(), clock, RuleBook.official().earliestDate(), stdin,
                spec.commandLine().getErr(), language);
    }

    /** Today in Japan. */
    public LocalDate today() {
        return input.today();
    }

    /**
     * The date given to {@code --date} ({@code value}, null when the option is absent: today); empty
     * after reporting a value that is not a real date in the supported range.
     */
    public Optional<LocalDate> date(String value) {
        return input.date(value);
    }

    /** The case in {@code file} ({@code -} for standard input); empty after reporting why it cannot be read. */
    public Optional<ApplicantCase> read(String file) throws IOException {
        try (InputStream in = input.open(file, "a case file")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new CaseReader(input.referenceDates()).read(in));
        } catch (WrongDocumentException e) {
            input.reportWrongDocument(file, e);
            return Optional.empty();
        } catch (InvalidInputException e) {
            input.reportInvalid(file, e.violations());
            return Optional.empty();
        }
    }

    /**
     * A case and the date it is assessed on.
     *
     * @param dateGiven whether the date came from {@code --date} rather than being today
     */
    public record DatedCase(ApplicantCase applicant, LocalDate date, boolean dateGiven) {
    }

    /**
     * The {@code --date} option ({@code dateOption}, null for today) and then the case in {@code file};
     * empty after reporting the first of them that is wrong.
     */
    public Optional<DatedCase> read(String file, String dateOption) throws IOException {
        Optional<LocalDate> on = date(dateOption);
        if (on.isEmpty()) {
            return Optional.empty();
        }
        return read(file).map(applicant -> new DatedCase(applicant, on.get(), dateOption != null));
    }

    /**
     * Reports that the date precedes the case's first snapshot, so the case says nothing of the
     * applicant then; {@code consequence}, a key of the {@code validation} bundle, says what the command
     * therefore cannot do.
     */
    public void beforeFirstSnapshot(DatedCase dated, String consequence) {
        Problem problem = FirstSnapshot.before(dated.date(), dated.dateGiven(),
                dated.applicant().firstSnapshotDate(), consequence);
        error((dated.dateGiven() ? "--date: " : "") + text(problem));
    }

    /**
     * Reports a problem of the case read from {@code file} that the command found after reading it, as
     * the reader reports its own: {@code hsp COMMAND: invalid input in FILE:} and the path.
     */
    public void invalid(String file, Violation violation) {
        input.reportInvalid(file, List.of(violation));
    }

    /** A problem of the input as the language of the command writes it. */
    public String text(Problem problem) {
        return input.text(problem);
    }

    /** Reports one problem as {@code hsp COMMAND: problem}. */
    public void error(String problem) {
        input.error(problem);
    }
}
