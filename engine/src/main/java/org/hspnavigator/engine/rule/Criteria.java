package org.hspnavigator.engine.rule;

import java.util.List;

/** The criteria of docs/rules.md §2 to §9 in the item order of the assessment (docs/rules.md §18). */
public final class Criteria {

    private static final List<Criterion> ALL = List.of(
            new AcademicBackground(),
            new MultipleFieldDegrees(),
            new ProfessionalCareer(),
            new AnnualSalary(),
            new Age(),
            new ResearchAchievements(),
            new Qualifications(),
            new Position(),
            new InnovationSupport(),
            new SmeInnovationSupport(),
            new LocalGovernmentSupport(),
            new SmeResearchSpending(),
            new ForeignQualification(),
            new JapaneseUniversity(),
            new JapaneseLanguage(),
            new GrowthField(),
            new DesignatedUniversity(),
            new InnovativeAsiaTraining(),
            new Investment(),
            new InvestmentManagement());

    private Criteria() {
    }

    public static List<Criterion> all() {
        return ALL;
    }
}
