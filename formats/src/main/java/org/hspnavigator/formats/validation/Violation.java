package org.hspnavigator.formats.validation;

import java.util.Objects;
import org.hspnavigator.formats.text.Language;

/**
 * One problem with the input.
 *
 * @param path   the JSON path of the offending value ({@code degrees[1].level}, {@code $} for the whole
 *               document), or empty when the problem is in the text itself (malformed JSON, empty input)
 * @param reason what is wrong, in words a user can act on once written in a language
 */
public record Violation(String path, Problem reason) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** The problem in English. */
    public String problem() {
        return reason.english();
    }

    /** The problem in a language. */
    public String problem(Language language) {
        return reason.text(language);
    }

    /** The message shown to users: {@code path: problem}, or just the problem when there is no path. */
    public String message() {
        return message(Language.EN);
    }

    /** The message in a language; the path stays as the input names it. */
    public String message(Language language) {
        String problem = problem(language);
        return path.isEmpty() ? problem : path + ": " + problem;
    }

    @Override
    public String toString() {
        return message();
    }
}
