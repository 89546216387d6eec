package org.hspnavigator.formats.profile;

import java.util.List;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/** A profile in JSON (docs/rules.md §18): an object at a path of its document ({@code ""}, {@code [3]}). */
final class JsonProfile extends JsonFieldNodes {

    private final JsonNode root;
    private final String path;

    JsonProfile(JsonNode root, String path) {
        this.root = root;
        this.path = path;
    }

    @Override
    public boolean open(ProfileGroup group, int element, List<Violation> violations) {
        if (group == ProfileGroup.PROFILE) {
            return isObject(root, path, group, violations);
        }
        JsonNode node = root.get(group.fieldName());
        String nodePath = JsonPath.property(path, group.fieldName());
        if (group.isList()) {
            return isObject(node.get(element), JsonPath.element(nodePath, element), group, violations);
        }
        return node != null && !node.isNull() && isObject(node, nodePath, group, violations);
    }

    private static boolean isObject(JsonNode node, String nodePath, ProfileGroup group, List<Violation> violations) {
        return JsonFields.of(node, nodePath, violations, group.knownNames(), group.what()).isPresent();
    }

    @Override
    public int size(ProfileGroup list, List<Violation> violations) {
        JsonNode node = root.get(list.fieldName());
        if (node == null || node.isNull()) {
            return 0;
        }
        return JsonFields.size(node, JsonPath.property(path, list.fieldName()), list.maxElements(), list.elementsWhat(),
                violations);
    }

    @Override
    JsonNode node(ProfileField field, int element) {
        JsonNode object = field.group() == ProfileGroup.PROFILE ? root : root.get(field.group().fieldName());
        if (field.inList()) {
            object = object.get(element);
        }
        return object.get(field.fieldName());
    }

    @Override
    public String place(ProfileField field, int element) {
        return place(path, field, element);
    }

    /** The JSON path of a field of the profile at {@code path} (of list element {@code element}). */
    static String place(String path, ProfileField field, int element) {
        return JsonPath.property(path, field.group().isList() ? field.jsonPath(element) : field.jsonPath());
    }
}
