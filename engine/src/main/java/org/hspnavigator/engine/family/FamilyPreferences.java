package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.points.Message;

/**
 * Decides every family preference of an HSP(i) holder on a date (system.md §4 items 4–6, §3). The
 * results hold for HSP(i); they lose their basis once permanent residence is granted, which the
 * notes say. Thread-safe and free of I/O.
 */
public final class FamilyPreferences {

    private final List<FamilyRule> rules = List.of(new SpouseEmployment(), new Parents(),
            new FamilyCircumstancesWorker(), new AccompanyingWorker(), new InvestmentManagementWorker(),
            new JSkipWorker());

    public FamilyAssessment assess(FamilyFacts facts) {
        List<Preference> preferences = new ArrayList<>();
        for (FamilyRule rule : rules) {
            preferences.add(rule.assess(facts));
        }
        List<Message> notes = new ArrayList<>();
        notes.add(Message.of("family.note.householdIncome", facts.hspAnnualSalaryYen(), facts.spouseAnnualSalaryYen(),
                facts.householdIncomeYen()));
        if (!facts.holdsHspStatus()) {
            notes.add(Message.of("family.note.noHspStatus"));
        }
        notes.add(Message.of("family.note.hspOneOnly"));
        notes.add(Message.of("family.note.endsWithPermanentResidence"));
        return new FamilyAssessment(facts.date(), facts.householdIncomeYen(), preferences, notes);
    }
}
