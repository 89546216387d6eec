package org.hspnavigator.engine.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where the rule book reads its table files from: the engine's own resources, or a test fixture. */
@FunctionalInterface
public interface TableSource {

    /** Opens a table file by name ({@code education.tsv}), or empty when there is no such file. */
    Optional<InputStream> open(String fileName) throws IOException;

    /** The official tables packaged with the engine. */
    static TableSource official() {
        return fileName -> Optional.ofNullable(TableSource.class.getResourceAsStream(fileName));
    }
}
