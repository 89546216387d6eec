package org.hspnavigator.formats.validation;

import java.util.Objects;

/**
 * One problem with the input.
 *
 * @param path    the JSON path of the offending value ({@code degrees[1].level}, {@code $} for the whole
 *                document), or empty when the problem is in the text itself (malformed JSON, empty input)
 * @param problem what is wrong, in words a user can act on
 */
public record Violation(String path, String problem) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
    }

    /** The message shown to users: {@code path: problem}, or just the problem when there is no path. */
    public String message() {
        return path.isEmpty() ? problem : path + ": " + problem;
    }

    @Override
    public String toString() {
        return message();
    }
}
