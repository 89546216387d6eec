package org.hspnavigator.engine.jskip;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.JSkipLine;

/**
 * Whether J-Skip criteria are met on a date.
 *
 * @param date     the date assessed
 * @param category the category assessed; empty when no category meets them on a "any category" question
 * @param line     the line met, empty when not met
 * @param basis    why, in words: the line met, or what is missing
 */
public record JSkipVerdict(LocalDate date, Optional<Category> category, Optional<JSkipLine> line, Message basis) {

    public JSkipVerdict {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(basis, "basis");
    }

    public boolean met() {
        return line.isPresent();
    }
}
