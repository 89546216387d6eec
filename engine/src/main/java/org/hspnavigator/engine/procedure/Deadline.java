package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;

/**
 * A deadline or duty of a procedure (docs/rules.md §15).
 *
 * @param id   a stable id ({@code extensionWindowOpens})
 * @param date the day it falls on when the input fixes one (from the expiry date given), else empty:
 *             the rule alone is shown
 * @param text the rule, as a message key with arguments
 */
public record Deadline(String id, Optional<LocalDate> date, Message text) {

    public Deadline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }

    static Deadline rule(String id, Object... arguments) {
        return new Deadline(id, Optional.empty(), Message.of("checklist.deadline." + id, arguments));
    }

    static Deadline on(String id, LocalDate date, Object... arguments) {
        return new Deadline(id, Optional.of(date), Message.of("checklist.deadline." + id, arguments));
    }
}
