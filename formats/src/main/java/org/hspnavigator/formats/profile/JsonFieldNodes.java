package org.hspnavigator.formats.profile;

import tools.jackson.databind.JsonNode;

/**
 * A profile in JSON whose fields' values are the nodes of a tree ({@link JsonProfile}) or the same nodes
 * read from the tokens ({@link StreamedProfile}): what a field's node says, in the one way both give it.
 */
abstract class JsonFieldNodes implements ProfileSource {

    /** The node of a field (of list element {@code element}), or null when the field is absent. */
    abstract JsonNode node(ProfileField field, int element);

    @Override
    public WrittenValue value(ProfileField field, int element) {
        JsonNode value = node(field, element);
        return value == null || value.isNull() ? null : new JsonValue(value);
    }

    @Override
    public boolean writtenNull(ProfileField field, int element) {
        JsonNode value = node(field, element);
        return value != null && value.isNull();
    }
}
