package org.hspnavigator.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ProfileStream;
import org.hspnavigator.formats.profile.ProfileStream.Element;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;

/**
 * Reads the profile document a command is given (FILE, {@code --date}) as {@link ProfileInput} does,
 * but a profile at a time, so that an array of any length is read and its results written in constant
 * memory. The document is read twice: first every profile is checked, so that an invalid one is
 * reported (by its JSON path, as ever) before any result is written, and the number of profiles is
 * known; then each profile is handed over in turn, to be scored and written at once.
 */
public final class StreamedProfileInput {

    /** What receives the profiles, in document order, once all of them are known to be valid. */
    public interface ProfileSink {

        /**
         * Called once before the first profile.
         *
         * @param isArray whether the document is an array (then the output is one too)
         * @param count   how many profiles follow
         */
        void begin(boolean isArray, long count) throws IOException;

        /** Called for each profile, {@code index} counting from 0. */
        void accept(long index, Profile profile) throws IOException;

        /** Called once after the last profile. */
        void end() throws IOException;
    }

    private static final String WHAT = "a profile file";

    private final CommandInput input;

    /**
     * @param command  how messages name the command, e.g. {@code hsp score}
     * @param clock    "today", for the default reference date and the one-year limit
     * @param earliest the first date the rules cover
     */
    public StreamedProfileInput(String command, Clock clock, LocalDate earliest, InputStream stdin, PrintWriter err) {
        this.input = new CommandInput(command, clock, earliest, stdin, err);
    }

    /**
     * Hands every profile of {@code file} to {@code sink}, scored as of {@code --date} when it is given;
     * false after reporting every problem, when nothing was handed over.
     */
    public boolean read(String file, DateOverride date, ProfileSink sink) throws IOException {
        Optional<ProfileReader> reader = date.reader(input.referenceDates(), input::error);
        if (reader.isEmpty()) {
            return false;
        }
        try (RereadableInput source = RereadableInput.of(input, file, WHAT)) {
            if (source == null) {
                return false;
            }
            Checked checked = check(file, source, reader.get());
            return checked != null && handOver(file, source, reader.get(), checked, sink);
        }
    }

    /** The first reading: every profile checked, none kept. Null after reporting the problems. */
    private Checked check(String file, RereadableInput source, ProfileReader reader) throws IOException {
        List<Violation> shown = new ArrayList<>();
        List<Violation> found = new ArrayList<>();
        long problems = 0;
        long count = 0;
        try (InputStream in = source.open()) {
            if (in == null) {
                return null;
            }
            try (ProfileStream profiles = ProfileStream.open(in, reader)) {
                for (Element element = profiles.next(found); element != null; element = profiles.next(found)) {
                    count++;
                    problems += found.size();
                    // Only the problems shown are kept: an array of invalid profiles must not fill the memory.
                    for (int i = 0; i < found.size() && shown.size() < CommandInput.MAX_PROBLEMS_SHOWN; i++) {
                        shown.add(found.get(i));
                    }
                    found.clear();
                }
                if (problems > 0) {
                    input.reportInvalid(file, shown, problems);
                    return null;
                }
                return new Checked(profiles.isArray(), count);
            }
        } catch (InvalidInputException e) {
            // Malformed JSON is the one problem reported, as when the document is read whole.
            input.reportInvalid(file, e.violations());
            return null;
        }
    }

    /** The second reading: each profile handed over as it is read. */
    private boolean handOver(String file, RereadableInput source, ProfileReader reader, Checked checked,
            ProfileSink sink) throws IOException {
        List<Violation> found = new ArrayList<>();
        long handed = 0;
        try (InputStream in = source.open()) {
            if (in == null) {
                return false;
            }
            try (ProfileStream profiles = ProfileStream.open(in, reader)) {
                sink.begin(checked.isArray(), checked.count());
                for (Element element = profiles.next(found); element != null; element = profiles.next(found)) {
                    if (element.profile().isEmpty() || handed == checked.count()) {
                        return changed(file);
                    }
                    sink.accept(handed++, element.profile().get());
                }
                sink.end();
                return handed == checked.count() || changed(file);
            }
        } catch (InvalidInputException e) {
            return changed(file);
        }
    }

    /** The file was valid at the first reading and is not at the second: someone is writing it. */
    private boolean changed(String file) {
        input.error(file + ": changed while it was read; run the command again once it is written");
        return false;
    }

    /** What the first reading found: the document's shape and its number of profiles. */
    private record Checked(boolean isArray, long count) {
    }
}
