package org.hspnavigator.formats.profile;

import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * A document of one kind given where another is expected (a case where a profile is read): one problem
 * at the root that names what the document is, so that a command can say which command reads it.
 */
public final class WrongDocumentException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final DocumentKind found;

    public WrongDocumentException(DocumentKind found, DocumentKind expected, JsonNode root) {
        super(new Violation(JsonPath.ROOT, found.givenFor(expected, root)));
        this.found = found;
    }

    /** What the document is. */
    public DocumentKind found() {
        return found;
    }
}
