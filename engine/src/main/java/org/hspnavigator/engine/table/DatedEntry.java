package org.hspnavigator.engine.table;

import java.util.List;
import org.hspnavigator.engine.points.Source;

/**
 * One row of a dated table after parsing: its key, its value (points or a threshold), when it is in
 * force, the sources it cites and the file and line it came from.
 */
record DatedEntry<K>(K key, long value, Validity validity, List<Source> sources, String where) {
}
