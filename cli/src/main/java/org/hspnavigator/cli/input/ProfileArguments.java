package org.hspnavigator.cli.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;

/**
 * The FILE arguments of a command that scores many applicants at once ({@code hsp score a.json b.json}),
 * turned into one document of profiles, each with the label tables show it by: its {@code id}, else the
 * file it came from, with its index in an array (docs/rules.md §18). Every file is read before anything is
 * scored, so that a mistake in the last one stops the run before any output, as one invalid profile of an
 * array does.
 *
 * @param document the profiles of every file in the order given, an array file's in its own order; one
 *                 file's document as it is (an object stays an object), several files' as one array
 * @param labels   the label of each profile; empty when the input was one profile object, which needs none
 */
public record ProfileArguments(ProfileDocument document, List<String> labels) {

    private static final String STANDARD_INPUT = "-";

    public ProfileArguments {
        labels = List.copyOf(labels);
    }

    /**
     * The profiles of {@code files}, scored as of {@code --date} when it is given; empty after reporting
     * every problem of every file.
     */
    public static Optional<ProfileArguments> read(List<String> files, ProfileInput input, DateOverride date)
            throws IOException {
        if (files.stream().filter(STANDARD_INPUT::equals).count() > 1) {
            input.error("- (standard input) is given more than once; it can be read only once");
            return Optional.empty();
        }
        List<ProfileDocument> documents = new ArrayList<>();
        boolean complete = true;
        for (String file : files) {
            Optional<ProfileDocument> document = input.read(file, date);
            document.ifPresent(documents::add);
            complete &= document.isPresent();
        }
        return complete ? Optional.of(of(files, documents)) : Optional.empty();
    }

    private static ProfileArguments of(List<String> files, List<ProfileDocument> documents) {
        if (documents.size() == 1 && !documents.get(0).isArray()) {
            return new ProfileArguments(documents.get(0), List.of());
        }
        List<Profile> profiles = new ArrayList<>();
        List<Optional<String>> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            ProfileDocument document = documents.get(d);
            String source = files.get(d).equals(STANDARD_INPUT) ? "standard input" : files.get(d);
            for (int i = 0; i < document.profiles().size(); i++) {
                String place = document.isArray() ? source + " [" + i + "]" : source;
                Optional<String> id = document.ids().get(i);
                labels.add(id.map(label -> label + " (" + place + ")").orElse(place));
                profiles.add(document.profiles().get(i));
                ids.add(id);
            }
        }
        boolean oneDocument = documents.size() == 1;
        return new ProfileArguments(oneDocument ? documents.get(0) : new ProfileDocument(profiles, ids, true), labels);
    }
}
