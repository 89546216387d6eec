package org.hspnavigator.engine.faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hspnavigator.engine.table.TableFormatException;
import org.hspnavigator.engine.table.TsvFile;
import org.hspnavigator.engine.table.TsvRow;

/**
 * The common myths, read strictly from {@code myths.tsv} (id, verdict, the
 * rule-book sections), in the order of the file.
 */
public final class MythCatalog {

    static final String FILE = "myths.tsv";
    private static final Pattern ID = Pattern.compile("[a-z]{1,2}");

    private final Map<String, Myth> myths;

    private MythCatalog(Map<String, Myth> myths) {
        this.myths = myths;
    }

    /** The catalog packaged with the engine. */
    public static MythCatalog official() {
        try (InputStream in = MythCatalog.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new TableFormatException(FILE + ": missing from the engine's resources");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MythCatalog read(InputStream in) throws IOException {
        Map<String, Myth> myths = new LinkedHashMap<>();
        for (TsvRow row : TsvFile.read(FILE, in, List.of("id", "verdict", "sections"))) {
            String id = row.text("id");
            if (!ID.matcher(id).matches()) {
                throw row.error("id", "must be one or two lower-case letters: \"" + id + "\"");
            }
            List<String> sections = new ArrayList<>();
            for (String section : row.text("sections").split(",", -1)) {
                if (section.isBlank()) {
                    throw row.error("sections", "has an empty entry");
                }
                sections.add(section.strip());
            }
            Myth myth = new Myth(id, row.enumValue("verdict", Verdict.class), sections);
            if (myths.put(id, myth) != null) {
                throw row.error("id", "repeats myth \"" + id + "\"");
            }
        }
        return new MythCatalog(myths);
    }

    /** Every myth, in the order of their letters. */
    public List<Myth> all() {
        return List.copyOf(myths.values());
    }

    public Optional<Myth> byId(String id) {
        return Optional.ofNullable(myths.get(id));
    }
}
