package org.hspnavigator.engine.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hspnavigator.engine.points.Source;

/** Reads sources.tsv, the official documents a table row may cite, and resolves a row's citations. */
public final class SourceCatalog {

    static final String FILE = "sources.tsv";

    private SourceCatalog() {
    }

    /** The sources of {@code sources.tsv} by id; an insecure address or a repeated id is refused. */
    public static Map<String, Source> read(TableSource tableSource) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (TsvRow row : TsvFile.read(tableSource, FILE, List.of("id", "title", "url"))) {
            String id = row.text("id");
            String url = row.text("url");
            if (!url.startsWith("https://")) {
                throw row.error("url", "must be an https address: \"" + url + "\"");
            }
            if (sources.put(id, new Source(id, row.text("title"), url)) != null) {
                throw row.error("id", "repeats source \"" + id + "\"");
            }
        }
        return sources;
    }

    /** The sources a row's {@code source} column names, comma-separated; at least one, all known. */
    public static List<Source> cited(TsvRow row, Map<String, Source> sources) {
        List<Source> cited = new ArrayList<>();
        Set<String> citedIds = new HashSet<>();
        for (String id : row.text("source").split(",", -1)) {
            Source source = sources.get(id);
            if (source == null) {
                throw row.error("source", "cites unknown source \"" + id + "\" (see " + FILE + ")");
            }
            // The ids are compared, not the sources: a record's generated equals is linked at its first
            // call by spinning classes, time that every command would spend loading the rule book.
            if (!citedIds.add(id)) {
                throw row.error("source", "cites \"" + id + "\" twice");
            }
            cited.add(source);
        }
        return cited;
    }
}
