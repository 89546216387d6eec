package org.hspnavigator.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.WrongDocumentException;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;

/**
 * Reads the profile document a command is given whole (the one profile of {@code hsp advise}; {@code hsp
 * score} reads its files a profile at a time with {@link StreamedProfileInput}): FILE and the optional
 * {@code --date} override,
 * validated like the profiles' own reference dates (docs/rules.md §18). Every problem goes to stderr,
 * one line per problem naming the JSON path; the caller then exits with 2.
 */
public final class ProfileInput {

    private final CommandInput input;

    /**
     * @param command  how messages name the command, e.g. {@code hsp score}
     * @param clock    "today", for the default reference date and the one-year limit
     * @param earliest the first date the rules cover
     * @param language the language of the problems reported
     */
    public ProfileInput(String command, Clock clock, LocalDate earliest, InputStream stdin, PrintWriter err,
            Language language) {
        this.input = new CommandInput(command, clock, earliest, stdin, err, language);
    }

    /**
     * The profiles of {@code file}, scored as of {@code --date} when it is given; empty after reporting
     * every problem.
     */
    public Optional<ProfileDocument> read(String file, DateOverride date) throws IOException {
        Optional<ProfileReader> reader = date.reader(input.referenceDates(), input.language(), input::error);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = input.open(file, "a profile file")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(ProfileDocuments.read(in, reader.get()));
        } catch (WrongDocumentException e) {
            input.reportWrongDocument(file, e);
            return Optional.empty();
        } catch (InvalidInputException e) {
            reportInvalid(file, e.violations());
            return Optional.empty();
        }
    }

    /**
     * The one profile of {@code file}, for the commands about one applicant; an array of profiles is
     * refused at the root with the problem {@code arrayRefused}, a key of the {@code validation} bundle.
     * Empty after reporting every problem.
     */
    public Optional<Profile> readOne(String file, DateOverride date, String arrayRefused) throws IOException {
        Optional<ProfileDocument> document = read(file, date);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        if (document.get().isArray()) {
            reportInvalid(file, List.of(new Violation(JsonPath.ROOT, Problem.of(arrayRefused))));
            return Optional.empty();
        }
        return Optional.of(document.get().profiles().get(0));
    }

    /** Reports problems found by the command itself, in the same form as those of the reader. */
    public void reportInvalid(String file, List<Violation> violations) {
        input.reportInvalid(file, violations);
    }
}
