package org.hspnavigator.formats.json;

import tools.jackson.core.JsonToken;

/**
 * A check of every token of a document as {@link StrictJson#parse(java.io.InputStream, TokenCheck)}
 * reads it, such as a server's limits on nesting and array length: it ends the reading by throwing,
 * so that a document is read and checked in one pass.
 */
@FunctionalInterface
public interface TokenCheck {

    /** Looks at the next token of the document, in document order; throws to refuse the document. */
    void check(JsonToken token);
}
