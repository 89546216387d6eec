package org.hspnavigator.engine.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.DatedValues;

/**
 * Decides every family preference of an HSP(i) holder on a date (docs/rules.md §14, and §13 for
 * J-Skip), with the numbers of family.tsv in force on that date. The results hold for HSP(i); they lose
 * their basis once permanent residence is granted, which the notes say. Thread-safe; the numbers are
 * read once per process.
 */
public final class FamilyPreferences {

    static final String VALUES_FILE = "family.tsv";

    /** The numbers packaged with the engine, loaded once per process. */
    private static final class Official {
        static final DatedValues<FamilyValue> VALUES = DatedValues.load(
                name -> Optional.ofNullable(FamilyPreferences.class.getResourceAsStream(name)), VALUES_FILE,
                FamilyValue.class);
    }

    private final List<FamilyRule> rules = List.of(new SpouseEmployment(), new Parents(),
            new FamilyCircumstancesWorker(), new AccompanyingWorker(), new InvestmentManagementWorker(),
            new JSkipWorker());

    /** With the numbers in force on the date assessed, as family.tsv gives them. */
    public FamilyAssessment assess(FamilyFacts facts) {
        List<Preference> preferences = new ArrayList<>();
        for (FamilyRule rule : rules) {
            preferences.add(rule.assess(facts, Official.VALUES));
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
