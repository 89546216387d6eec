package org.hspnavigator.formats.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.json.TokenCheck;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * A document that is one profile of the plain shape, read from the parser's tokens into the values of its
 * fields, without a tree: an object whose names are all known and given once, its groups objects (or
 * null), its degrees an array of at most {@link ProfileGroup#maxElements()} objects (or null), and every
 * field's value a string, a number, a boolean or null. Building the tree of such a document, and looking
 * each field up in it, was a third of what {@code POST /api/v1/assessments} spent on its own work
 * (bench/README.md, "The profile read from the tokens").
 *
 * <p>Any other document is not read here: {@link #of} answers empty for an array, an unknown or repeated
 * name, a value of another shape, a syntax error, content after the document, or a token its check refuses,
 * and the caller reads the document through the tree ({@link JsonProfile}), which names each problem. The
 * values are the tree's own nodes ({@link StrictJson#scalar}), so that the reader sees what it would see
 * in the tree.
 */
final class StreamedProfile extends JsonFieldNodes {

    private static final int FIELDS = ProfileField.values().length;
    /** The fields of each group by their JSON names. */
    private static final Map<ProfileGroup, Map<String, ProfileField>> FIELDS_BY_NAME =
            new EnumMap<>(ProfileGroup.class);
    /** The groups by their names in the profile. */
    private static final Map<String, ProfileGroup> GROUPS_BY_NAME = new HashMap<>();

    static {
        for (ProfileGroup group : ProfileGroup.values()) {
            FIELDS_BY_NAME.put(group, new HashMap<>());
            if (group != ProfileGroup.PROFILE) {
                GROUPS_BY_NAME.put(group.fieldName(), group);
            }
        }
        for (ProfileField field : ProfileField.values()) {
            FIELDS_BY_NAME.get(field.group()).put(field.fieldName(), field);
        }
    }

    /** The values of the fields outside the list, by the field's ordinal: null when absent, a null node when null. */
    private final JsonNode[] values = new JsonNode[FIELDS];
    /** The values of each degree's fields, by the field's ordinal. */
    private final List<JsonNode[]> degrees = new ArrayList<>();
    /** The groups given as objects, by ordinal. */
    private final boolean[] given = new boolean[ProfileGroup.values().length];
    /** The groups named, as objects or null, by ordinal: a group named twice is left to the tree. */
    private final boolean[] named = new boolean[ProfileGroup.values().length];

    private StreamedProfile() {
    }

    /**
     * The profile {@code document} holds when it is one of the plain shape, every token shown to {@code check};
     * empty for any other document, and when {@code check} refuses a token.
     */
    static Optional<StreamedProfile> of(byte[] document, TokenCheck check) {
        StreamedProfile profile = new StreamedProfile();
        try (JsonParser parser = StrictJson.parser(document, check)) {
            boolean plain = parser.nextToken() == JsonToken.START_OBJECT
                    && profile.readObject(parser, ProfileGroup.PROFILE, profile.values)
                    && parser.nextToken() == null;
            return plain ? Optional.of(profile) : Optional.empty();
        } catch (RuntimeException notPlain) {
            // A syntax error, or a token the check refuses: the tree's reading meets it again and says so.
            return Optional.empty();
        }
    }

    /** Reads the names and values of an object of {@code group} into {@code into}; false when it is not plain. */
    private boolean readObject(JsonParser parser, ProfileGroup group, JsonNode[] into) {
        Map<String, ProfileField> fields = FIELDS_BY_NAME.get(group);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            ProfileField field = fields.get(name);
            ProfileGroup inner = group == ProfileGroup.PROFILE ? GROUPS_BY_NAME.get(name) : null;
            boolean plain;
            if (field != null) {
                plain = readField(parser, field, into);
            } else if (inner != null && !named[inner.ordinal()]) {
                named[inner.ordinal()] = true;
                plain = readGroup(parser, inner);
            } else {
                plain = false;
            }
            if (!plain) {
                return false;
            }
        }
        return token == JsonToken.END_OBJECT;
    }

    /** Reads a field's value: false when the field was given before, or its value is an object or an array. */
    private static boolean readField(JsonParser parser, ProfileField field, JsonNode[] into) {
        if (into[field.ordinal()] != null) {
            return false;
        }
        into[field.ordinal()] = StrictJson.scalar(parser);
        return into[field.ordinal()] != null;
    }

    /** Reads a group's value: null (left out), an object, or for the list an array of objects. */
    private boolean readGroup(JsonParser parser, ProfileGroup group) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return true;
        }
        if (!group.isList()) {
            given[group.ordinal()] = token == JsonToken.START_OBJECT;
            return given[group.ordinal()] && readObject(parser, group, values);
        }
        if (token != JsonToken.START_ARRAY) {
            return false;
        }
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            JsonNode[] element = new JsonNode[FIELDS];
            if (degrees.size() == group.maxElements() || !readObject(parser, group, element)) {
                return false;
            }
            degrees.add(element);
        }
        return token == JsonToken.END_ARRAY;
    }

    /** The groups and elements read are objects of known names: nothing to report. */
    @Override
    public boolean open(ProfileGroup group, int element, List<Violation> violations) {
        return group == ProfileGroup.PROFILE || group.isList() || given[group.ordinal()];
    }

    @Override
    public int size(ProfileGroup list, List<Violation> violations) {
        return degrees.size();
    }

    @Override
    JsonNode node(ProfileField field, int element) {
        return (field.inList() ? degrees.get(element) : values)[field.ordinal()];
    }

    @Override
    public String place(ProfileField field, int element) {
        return JsonProfile.place("", field, element);
    }
}
