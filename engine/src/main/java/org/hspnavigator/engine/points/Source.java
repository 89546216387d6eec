package org.hspnavigator.engine.points;

import java.util.Objects;

/**
 * An official source a table row cites (docs/rules.md §10).
 *
 * @param id    the short id the data files use, e.g. {@code isa-point-sheet}
 * @param title what the document is
 * @param url   where to read it
 */
public record Source(String id, String title, String url) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
