package org.hspnavigator.engine.family;

import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.table.SourceCatalog;

/** The official documents the family rules cite: this package's sources.tsv, read once per process. */
final class FamilySources {

    private static final Map<String, Source> BY_ID = SourceCatalog.read(
            name -> Optional.ofNullable(FamilySources.class.getResourceAsStream(name)));

    private FamilySources() {
    }

    /** The source of that id; an id sources.tsv does not list is a defect of the enum. */
    static Source byId(String id) {
        Source source = BY_ID.get(id);
        if (source == null) {
            throw new IllegalStateException("family sources.tsv has no source \"" + id + "\"");
        }
        return source;
    }
}
