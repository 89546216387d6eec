package org.hspnavigator.engine.procedure;

import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.points.Item;

/**
 * A point item claimed, with the evidence lines that prove it and whether it belongs to the smallest
 * set that proves the threshold.
 *
 * @param item     the item as scored (points &gt; 0)
 * @param evidence the lines of the sheet's evidence list it needs; empty for age (the passport shows it)
 * @param marked   part of the chosen set: its evidence must be filed
 */
public record EvidenceItem(Item item, List<SheetEvidence> evidence, boolean marked) {

    public EvidenceItem {
        Objects.requireNonNull(item, "item");
        evidence = List.copyOf(evidence);
    }

    /** The label of the item: the first sheet number it needs ("③"), or "—" when none. */
    public String label() {
        return evidence.isEmpty() ? "—" : evidence.get(0).label();
    }
}
