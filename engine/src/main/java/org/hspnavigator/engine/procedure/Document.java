package org.hspnavigator.engine.procedure;

import java.util.Objects;
import org.hspnavigator.engine.points.Message;

/**
 * A document an application needs (docs/rules.md §16).
 *
 * @param id           a stable id for JSON and tests ({@code applicationForm})
 * @param text         what it is, as a message key with arguments
 * @param singleSource the rule book found it in one source only: to be checked on the ISA list
 */
public record Document(String id, Message text, boolean singleSource) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    static Document of(String id, Object... arguments) {
        return new Document(id, Message.of("checklist.document." + id, arguments), false);
    }

    static Document singleSource(String id, Object... arguments) {
        return new Document(id, Message.of("checklist.document." + id, arguments), true);
    }
}
