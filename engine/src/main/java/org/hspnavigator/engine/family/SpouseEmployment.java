package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * 配偶者の就労 (spouse employment), docs/rules.md §14: the spouse of an HSP(i) holder may work under
 * Designated Activities (特定活動, notice item 33) without the academic and career criteria of the
 * work statuses; J-Skip widens the activities (§3). It has no income or child condition, so it is
 * eligible on every date; the spouse still needs their own permission.
 */
final class SpouseEmployment implements FamilyRule {

    @Override
    public Preference assess(FamilyFacts facts, DatedValues<FamilyValue> values) {
        List<Message> reasons = new ArrayList<>();
        reasons.add(Message.of("family.spouseEmployment.available"));
        if (facts.jSkip() && !facts.date().isBefore(HouseholdIncome.J_SKIP_START)) {
            reasons.add(Message.of("family.spouseEmployment.jSkip"));
        }
        List<Message> conditions = List.of(
                Message.of("family.spouseEmployment.condition.permission"),
                Message.of("family.spouseEmployment.condition.livesWith"),
                Message.of("family.spouseEmployment.condition.pay"),
                Message.of("family.spouseEmployment.condition.activities"),
                Message.of("family.spouseEmployment.condition.dependent"));
        return new Preference(PreferenceId.SPOUSE_EMPLOYMENT, Eligibility.ELIGIBLE, 0, Optional.empty(), reasons,
                conditions);
    }
}
