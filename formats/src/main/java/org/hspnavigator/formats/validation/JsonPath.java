package org.hspnavigator.formats.validation;

/**
 * Builds the JSON paths that name input values: {@code birthDate}, {@code degrees[1].level}, and for
 * an array of profiles {@code [3].birthDate}. The document itself is {@code $}.
 */
public final class JsonPath {

    /** The path of the whole document. */
    public static final String ROOT = "$";

    private JsonPath() {
    }

    /** The path of a property of the object at {@code parent} ({@code ""} for the top-level object). */
    public static String property(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** The path of an element of the array at {@code parent} ({@code ""} for a top-level array). */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path to show for a value: {@link #ROOT} when it is the whole document. */
    public static String shown(String path) {
        return path.isEmpty() ? ROOT : path;
    }
}
