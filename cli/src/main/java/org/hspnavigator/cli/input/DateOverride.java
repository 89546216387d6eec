package org.hspnavigator.cli.input;

import java.util.Optional;
import java.util.function.Consumer;
import org.hspnavigator.formats.profile.DateParameter;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code --date} option of the commands that read profiles (score, advise, batch), as a picocli
 * mixin: the date that replaces every profile's own {@code referenceDate}, refused in the same words as
 * a profile's own and as the API's {@code date} parameter ({@link DateParameter}). Each command words its
 * help in the {@code options} bundle of this package.
 */
@Command(resourceBundle = ProfileOptions.BUNDLE)
public final class DateOverride {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
    private String date;

    /**
     * The reader of the command's profiles: each scored as of {@code --date} when it is given, else as of
     * its own reference date; empty after {@code problems} is told, in {@code language}, why the date cannot
     * be scored.
     */
    public Optional<ProfileReader> reader(ReferenceDates referenceDates, Language language, Consumer<String> problems) {
        ProfileReader reader = new ProfileReader(referenceDates);
        if (date == null) {
            return Optional.of(reader);
        }
        DateParameter.Parsed parsed = DateParameter.parse(date, referenceDates);
        if (parsed.date() == null) {
            problems.accept("--date: " + parsed.problem().text(language));
            return Optional.empty();
        }
        return Optional.of(reader.withReferenceDate(parsed.date(), "origin.dateOption"));
    }

    /** The option's text as given, null when it is absent. */
    public String value() {
        return date;
    }

    /** Whether the option was given. */
    public boolean given() {
        return date != null;
    }
}
