package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.family.FamilyAssessment;
import org.hspnavigator.engine.family.Preference;

/**
 * The family preferences of an HSP(i) holder (docs/rules.md §14) for the case of the answers, as
 * {@code hsp family} words them: per preference whether it applies and why.
 *
 * @param preferences one per preference, in the engine's order
 * @param notes       what holds for all of them
 */
record FamilyView(List<Row> preferences, List<String> notes) {

    /**
     * One preference.
     *
     * @param id           its id ({@code parents}), the key of its name
     * @param japaneseTerm its official Japanese term (親の帯同)
     * @param eligibility  {@code ELIGIBLE}, {@code NOT_ELIGIBLE} or {@code NOT_ASSESSED}
     * @param reasons      why, in words
     * @param conditions   what to make sure of, not computed
     */
    record Row(String id, String japaneseTerm, String eligibility, List<String> reasons, List<String> conditions) {
    }

    static FamilyView of(FamilyAssessment assessment, EngineTexts texts) {
        List<Row> rows = new ArrayList<>();
        for (Preference preference : assessment.preferences()) {
            rows.add(new Row(preference.id().id(), preference.id().japaneseTerm(), preference.eligibility().name(),
                    preference.reasons().stream().map(texts::family).toList(),
                    preference.conditions().stream().map(texts::family).toList()));
        }
        return new FamilyView(List.copyOf(rows), assessment.notes().stream().map(texts::family).toList());
    }
}
