package org.hspnavigator.report.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.procedure.SheetEvidence;

/**
 * One item of the point calculation sheet (学歴, 職歴, ...): its options in the order of the rule set,
 * the applicant's points and, when they score, the evidence lines that prove them.
 *
 * @param criterion the item
 * @param lines     the options that earn points, the applicant's marked
 * @param item      the applicant's item as the engine scored it; empty when the profile claims nothing
 * @param evidence  the evidence lines of the sheet (疎明資料) for a scoring item, else empty
 * @param toFile    whether the item belongs to the smallest set of items whose evidence proves the pass mark
 */
public record SheetSection(CriterionId criterion, List<SheetLine> lines, Optional<Item> item,
        List<SheetEvidence> evidence, boolean toFile) {

    public SheetSection {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(item, "item");
        lines = List.copyOf(lines);
        evidence = List.copyOf(evidence);
    }

    /** The applicant's points for the item, 0 when nothing was claimed. */
    public int points() {
        return item.map(Item::points).orElse(0);
    }

    /** Whether the item is a special addition (特別加算) of docs/rules.md §9 rather than a main table. */
    public boolean specialAddition() {
        return criterion.ordinal() > CriterionId.POSITION.ordinal();
    }
}
