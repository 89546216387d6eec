package org.hspnavigator.report.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.procedure.EvidenceItem;
import org.hspnavigator.engine.procedure.PointEvidence;
import org.hspnavigator.engine.procedure.SheetEvidence;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.engine.table.SheetRow;

/**
 * Builds the {@link PointSheet} of a category from the engine's score and the point sheet of the rule
 * set in force (the rows {@code GET /api/v1/point-tables} serves). Rows worth 0 points are left out, as
 * the ISA sheet prints only the options that earn points; the applicant's 0 still shows as the item's
 * points.
 */
public final class PointSheets {

    private PointSheets() {
    }

    /**
     * The sheet of {@code category} for a profile scored in {@code result}.
     *
     * @throws IllegalArgumentException when the result holds no assessment of the category
     * @throws IllegalStateException    when a scoring item has no row on the sheet, or the items do not
     *                                  add up to the engine's total: a defect, never shown as a sheet
     */
    public static PointSheet of(ScoreResult result, Profile profile, Category category) {
        Assessment assessment = result.assessment(category)
                .orElseThrow(() -> new IllegalArgumentException(category + " was not assessed"));
        Map<CriterionId, Item> items = new EnumMap<>(CriterionId.class);
        for (Item item : assessment.items()) {
            items.put(item.criterion(), item);
        }
        Map<CriterionId, EvidenceItem> evidence = new EnumMap<>(CriterionId.class);
        for (EvidenceItem proof : PointEvidence.of(assessment, profile, result)) {
            evidence.put(proof.item().criterion(), proof);
        }
        AgeBand band = AgeBand.of(result.age());
        Map<CriterionId, List<SheetLine>> lines = new EnumMap<>(CriterionId.class);
        for (SheetRow row : result.ruleSet().pointSheet()) {
            if (row.row().category() != category || row.row().points() == 0) {
                continue;
            }
            Item item = items.get(row.row().criterion());
            boolean applicant = item != null && item.points() > 0 && item.option().equals(row.row().option())
                    && row.ageBand().map(rowBand -> rowBand == band).orElse(true);
            lines.computeIfAbsent(row.row().criterion(), criterion -> new ArrayList<>())
                    .add(new SheetLine(row.row().option(), row.ageBand(), row.row().points(), applicant));
        }
        lines.computeIfPresent(CriterionId.SALARY, (criterion, salary) -> oneColumnWhereAgesAgree(salary, band));
        List<SheetSection> sections = new ArrayList<>();
        int sum = 0;
        for (CriterionId criterion : CriterionId.values()) {
            List<SheetLine> options = lines.getOrDefault(criterion, List.of());
            Optional<Item> item = Optional.ofNullable(items.get(criterion));
            if (options.isEmpty() && item.map(Item::points).orElse(0) == 0) {
                continue;
            }
            int points = item.map(Item::points).orElse(0);
            if (points > 0 && options.stream().noneMatch(SheetLine::applicant)) {
                throw new IllegalStateException(criterion.id() + " scores " + points + " (" + item.get().option()
                        + ") but no row of rule set " + result.ruleSet().id() + " is the applicant's");
            }
            EvidenceItem proof = evidence.get(criterion);
            List<SheetEvidence> proofLines = proof == null ? List.of() : proof.evidence();
            sections.add(new SheetSection(criterion, options, item, proofLines, proof != null && proof.marked()));
            sum += points;
        }
        if (sum != assessment.points()) {
            throw new IllegalStateException("the items add up to " + sum + ", the engine's total is " + assessment.points());
        }
        return new PointSheet(result.referenceDate(), result.ruleSet(), result.age(), assessment, sections);
    }

    /**
     * The salary rows of one age column, without their band, where every column holds the same rows
     * (business management's salary does not depend on age): the sheet prints one list then.
     */
    private static List<SheetLine> oneColumnWhereAgesAgree(List<SheetLine> salary, AgeBand applicantBand) {
        Map<AgeBand, List<String>> byBand = new EnumMap<>(AgeBand.class);
        for (SheetLine line : salary) {
            line.ageBand().ifPresent(rowBand -> byBand.computeIfAbsent(rowBand, b -> new ArrayList<>())
                    .add(line.option() + "=" + line.points()));
        }
        if (byBand.size() < 2 || byBand.values().stream().distinct().count() > 1) {
            return salary;
        }
        AgeBand kept = byBand.containsKey(applicantBand) ? applicantBand : byBand.keySet().iterator().next();
        List<SheetLine> column = new ArrayList<>();
        for (SheetLine line : salary) {
            if (line.ageBand().orElseThrow() == kept) {
                column.add(new SheetLine(line.option(), Optional.empty(), line.points(), line.applicant()));
            }
        }
        return column;
    }
}
