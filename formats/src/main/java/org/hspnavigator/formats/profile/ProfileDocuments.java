package org.hspnavigator.formats.profile;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
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
     * @param isArray  whether the document was an array (then results are written as an array too)
     */
    public record ProfileDocument(List<Profile> profiles, boolean isArray) {

        public ProfileDocument {
            profiles = List.copyOf(profiles);
        }
    }

    private ProfileDocuments() {
    }

    public static ProfileDocument read(InputStream in, ProfileReader reader) throws InvalidInputException {
        JsonNode root = StrictJson.parse(in);
        List<Violation> violations = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        boolean isArray = root.isArray();
        if (isArray) {
            for (int i = 0; i < root.size(); i++) {
                reader.read(root.get(i), JsonPath.element("", i), violations).ifPresent(profiles::add);
            }
        } else if (root.isObject()) {
            reader.read(root, "", violations).ifPresent(profiles::add);
        } else {
            violations.add(new Violation(JsonPath.ROOT, "expected a profile object or an array of profile objects, got "
                    + ValueParsers.describe(new JsonValue(root))));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ProfileDocument(profiles, isArray);
    }
}
