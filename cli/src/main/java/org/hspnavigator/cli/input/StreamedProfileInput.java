package org.hspnavigator.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.profile.LabelledProfile;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ProfileStream;
import org.hspnavigator.formats.profile.ProfileStream.Element;
import org.hspnavigator.formats.profile.WrongDocumentException;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;

/**
 * Reads the profile documents a command is given (FILE..., {@code --date}) a profile at a time, so that
 * arrays of any length are read and their results written in constant memory. Every document is read
 * twice: first every profile of every file is checked, so that the problems of all files are reported
 * (by file and JSON path, a case given for a profile named as such) before any result is written, and
 * the number of profiles is known; then each profile is handed over in turn, with its label, to be
 * scored and written at once.
 */
public final class StreamedProfileInput {

    /** What receives the profiles, in the order of the files and of each file, once all are known valid. */
    public interface ProfileSink {

        /**
         * Called once before the first profile.
         *
         * @param several whether the input is more than one profile object (an array, or several files):
         *                then the output is an array, and each profile is shown under its label
         * @param total   how many profiles follow
         */
        void begin(boolean several, long total) throws IOException;

        /**
         * Called for each profile, {@code index} counting from 0 over all files; {@code label} names it:
         * its {@code id} and its place ({@code A-001 (team.json [0])}), or its place alone.
         */
        void accept(long index, LabelledProfile profile, String label) throws IOException;

        /** Called once after the last profile. */
        void end() throws IOException;
    }

    private static final String STANDARD_INPUT = "-";
    private static final String WHAT = "a profile file";

    private final CommandInput input;

    /**
     * @param command  how messages name the command, e.g. {@code hsp score}
     * @param clock    "today", for the default reference date and the one-year limit
     * @param earliest the first date the rules cover
     * @param language the language of the problems reported
     */
    public StreamedProfileInput(String command, Clock clock, LocalDate earliest, InputStream stdin, PrintWriter err,
            Language language) {
        this.input = new CommandInput(command, clock, earliest, stdin, err, language);
    }

    /**
     * Hands every profile of {@code files}, in turn, to {@code sink}, scored as of {@code --date} when it is
     * given; false after reporting every problem of every file, when nothing was handed over.
     */
    public boolean read(List<String> files, DateOverride date, ProfileSink sink) throws IOException {
        if (files.stream().filter(STANDARD_INPUT::equals).count() > 1) {
            input.error(CommandTexts.problems(input.language()).text("input.standardInputTwice"));
            return false;
        }
        Optional<ProfileReader> reader = date.reader(input.referenceDates(), input.language(), input::error);
        if (reader.isEmpty()) {
            return false;
        }
        List<RereadableInput> sources = new ArrayList<>();
        try {
            List<Checked> checked = new ArrayList<>();
            boolean valid = true;
            for (String file : files) {
                // Each file is checked before the next is opened, so that problems come in the files' order.
                RereadableInput source = RereadableInput.of(input, file, WHAT);
                Checked found = source == null ? null : check(file, source, reader.get());
                if (source != null) {
                    sources.add(source);
                }
                checked.add(found);
                valid &= found != null;
            }
            return valid && handOver(files, sources, reader.get(), checked, sink);
        } finally {
            sources.forEach(RereadableInput::close);
        }
    }

    /** The first reading of one file: every profile checked, none kept. Null after reporting the problems. */
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
        } catch (WrongDocumentException e) {
            input.reportWrongDocument(file, e);
            return null;
        } catch (InvalidInputException e) {
            // Malformed JSON is the one problem reported, as when the document is read whole.
            input.reportInvalid(file, e.violations());
            return null;
        }
    }

    /** The second reading of every file: each profile handed over as it is read. */
    private boolean handOver(List<String> files, List<RereadableInput> sources, ProfileReader reader,
            List<Checked> checked, ProfileSink sink) throws IOException {
        boolean several = files.size() > 1 || checked.get(0).isArray();
        sink.begin(several, checked.stream().mapToLong(Checked::count).sum());
        long handed = 0;
        for (int f = 0; f < files.size(); f++) {
            long first = handed;
            handed = handOver(files.get(f), sources.get(f), reader, checked.get(f), handed, sink);
            if (handed - first != checked.get(f).count()) {
                return changed(files.get(f));
            }
        }
        sink.end();
        return true;
    }

    /**
     * The second reading of one file, its profiles numbered from {@code first}: the index after its last
     * profile, or -1 when the file changed since it was checked.
     */
    private long handOver(String file, RereadableInput source, ProfileReader reader, Checked checked, long first,
            ProfileSink sink) throws IOException {
        List<Violation> found = new ArrayList<>();
        long handed = first;
        String place = file.equals(STANDARD_INPUT) ? "standard input" : file;
        try (InputStream in = source.open()) {
            if (in == null) {
                return -1;
            }
            try (ProfileStream profiles = ProfileStream.open(in, reader)) {
                for (Element element = profiles.next(found); element != null; element = profiles.next(found)) {
                    if (element.profile().isEmpty() || handed - first == checked.count()
                            || profiles.isArray() != checked.isArray()) {
                        return -1;
                    }
                    LabelledProfile profile = element.profile().get();
                    String where = checked.isArray() ? place + " [" + element.index() + "]" : place;
                    sink.accept(handed++, profile, profile.id().map(id -> id + " (" + where + ")").orElse(where));
                }
                return handed;
            }
        } catch (InvalidInputException e) {
            return -1;
        }
    }

    /** The file was valid at the first reading and is not at the second: someone is writing it. */
    private boolean changed(String file) {
        input.error(file + ": changed while it was read; run the command again once it is written");
        return false;
    }

    /** What the first reading of a file found: the document's shape and its number of profiles. */
    private record Checked(boolean isArray, long count) {
    }
}
