package org.hspnavigator.formats.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hspnavigator.engine.family.FamilyAssessment;
import org.hspnavigator.engine.family.FamilyFacts;
import org.hspnavigator.engine.family.FamilyPreferences;
import org.hspnavigator.engine.family.Preference;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.formats.text.MessageTexts;
import org.junit.jupiter.api.Test;

/**
 * Over a grid of households, every message of the family rules renders completely, and every
 * message text of the {@code family} bundle is produced by some household (no dead wording).
 */
class FamilyTextsTest {

    /** Keys the report and JSON use for layout rather than as engine messages; a trailing dot names a prefix. */
    private static final List<String> LAYOUT = List.of("family.heading", "family.income", "family.eligibility.",
            "family.until", "family.workers", "family.maxDomesticWorkers", "family.conditions", "family.notes",
            "family.preference.");

    private final MessageTexts texts = MessageTexts.english("family");
    private final FamilyPreferences engine = new FamilyPreferences();

    @Test
    void everyMessageRendersAndEveryTextIsUsed() {
        Set<String> produced = new TreeSet<>();
        FamilyReport report = new FamilyReport(texts);
        FamilyJson json = new FamilyJson(texts);
        for (FamilyFacts facts : grid()) {
            FamilyAssessment assessment = engine.assess(facts);
            List<Message> messages = new ArrayList<>(assessment.notes());
            for (Preference preference : assessment.preferences()) {
                messages.addAll(preference.reasons());
                messages.addAll(preference.conditions());
            }
            for (Message message : messages) {
                produced.add(message.key());
                assertThat(texts.text(message)).as(message.key()).doesNotContain("{").isNotBlank();
            }
            assertThat(report.render(facts, assessment)).doesNotContain("{");
            assertThat(json.write(facts, assessment).get("preferences").size()).isEqualTo(6);
        }
        Set<String> messageKeys = new TreeSet<>(texts.keys());
        messageKeys.removeIf(key -> LAYOUT.stream().anyMatch(l -> l.endsWith(".") ? key.startsWith(l) : key.equals(l)));
        assertThat(produced).isEqualTo(messageKeys);
    }

    private static List<FamilyFacts> grid() {
        List<FamilyFacts> grid = new ArrayList<>();
        LocalDate[] dates = {LocalDate.of(2023, 4, 20), LocalDate.of(2026, 11, 27)};
        long[] incomes = {5_000_000, 8_000_000, 10_000_000, 30_000_000};
        List<List<LocalDate>> children = List.of(List.of(), List.of(LocalDate.of(2022, 1, 1)),
                List.of(LocalDate.of(2013, 1, 1)), List.of(LocalDate.of(2005, 1, 1)));
        List<Optional<Boolean>> abroad = List.of(Optional.empty(), Optional.of(true), Optional.of(false));
        for (LocalDate date : dates) {
            for (long income : incomes) {
                for (List<LocalDate> kids : children) {
                    for (int flags = 0; flags < 32; flags++) {
                        for (Optional<Boolean> worker : abroad) {
                            grid.add(new FamilyFacts(date, income, 0, kids, (flags & 1) != 0, (flags & 2) != 0,
                                    (flags & 4) != 0, (flags & 8) != 0, (flags & 16) != 0, worker));
                        }
                    }
                }
            }
        }
        return grid;
    }
}
