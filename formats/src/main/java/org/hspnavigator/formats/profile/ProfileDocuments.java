package org.hspnavigator.formats.profile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.json.TokenCheck;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the input of {@code hsp score}: one profile object, or a JSON array of profiles whose problems
 * are named by index ({@code [3].birthDate}). All profiles must be valid for any to be returned.
 */
public final class ProfileDocuments {

    /**
     * The profiles of a document.
     *
     * @param profiles the profiles, in document order
     * @param ids      the label ({@code id}) of each profile, when it has one
     * @param isArray  whether the document was an array (then results are written as an array too)
     */
    public record ProfileDocument(List<Profile> profiles, List<Optional<String>> ids, boolean isArray) {

        public ProfileDocument {
            profiles = List.copyOf(profiles);
            ids = List.copyOf(ids);
            if (ids.size() != profiles.size()) {
                throw new IllegalArgumentException(ids.size() + " labels for " + profiles.size() + " profiles");
            }
        }

        /** Profiles without labels. */
        public ProfileDocument(List<Profile> profiles, boolean isArray) {
            this(profiles, profiles.stream().map(profile -> Optional.<String>empty()).toList(), isArray);
        }
    }

    private ProfileDocuments() {
    }

    public static ProfileDocument read(InputStream in, ProfileReader reader) throws InvalidInputException {
        return read(StrictJson.parse(in), reader);
    }

    /**
     * The profiles of the document {@code document} holds, each of its tokens shown to a check from {@code
     * checks} (a server's limits), with the problems {@link #read(InputStream, ProfileReader)} names. A
     * document that is one profile of the plain shape, and valid, is read from the parser's tokens
     * ({@link StreamedProfile}); any other document, or a profile with a problem, is read again through the
     * tree, by the one reading that names the problems of documents.
     */
    public static ProfileDocument read(byte[] document, Supplier<TokenCheck> checks, ProfileReader reader)
            throws InvalidInputException {
        Optional<StreamedProfile> plain = StreamedProfile.of(document, checks.get());
        if (plain.isPresent()) {
            Optional<LabelledProfile> profile = reader.readLabelled(plain.get(), new ArrayList<>());
            if (profile.isPresent()) {
                return new ProfileDocument(List.of(profile.get().profile()), List.of(profile.get().id()), false);
            }
        }
        return read(StrictJson.parse(new ByteArrayInputStream(document), checks.get()), reader);
    }

    /** The profiles of a document already parsed ({@link StrictJson}), with the problems {@link #read(InputStream, ProfileReader)} names. */
    public static ProfileDocument read(JsonNode root, ProfileReader reader) throws InvalidInputException {
        if (DocumentKind.of(root).filter(DocumentKind.CASE::equals).isPresent()) {
            throw new WrongDocumentException(DocumentKind.CASE, DocumentKind.PROFILE, root);
        }
        List<Violation> violations = new ArrayList<>();
        List<LabelledProfile> profiles = new ArrayList<>();
        boolean isArray = root.isArray();
        if (isArray) {
            for (int i = 0; i < root.size(); i++) {
                reader.readLabelled(root.get(i), JsonPath.element("", i), violations).ifPresent(profiles::add);
            }
        } else if (root.isObject()) {
            reader.readLabelled(root, "", violations).ifPresent(profiles::add);
        } else {
            violations.add(new Violation(JsonPath.ROOT, Problem.of("document.notProfiles",
                    ValueParsers.describe(new JsonValue(root)))));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ProfileDocument(profiles.stream().map(LabelledProfile::profile).toList(),
                profiles.stream().map(LabelledProfile::id).toList(), isArray);
    }
}
