package org.hspnavigator.web.selfassessment;

import static org.hspnavigator.formats.profile.ProfileField.ANNUAL_SALARY_YEN;
import static org.hspnavigator.formats.profile.ProfileField.BIRTH_DATE;
import static org.hspnavigator.formats.profile.ProfileField.BJT_SCORE;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_ACADEMIC_RESEARCH;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_BUSINESS_MANAGEMENT;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_SPECIALIZED_TECHNICAL;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_INNOVATION_SUPPORT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_INVESTMENT_MANAGEMENT_BUSINESS;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_LOCAL_GOVERNMENT_SUPPORT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_RD_EXPENSE_RATIO_PERCENT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_SME;
import static org.hspnavigator.formats.profile.ProfileField.FOREIGN_QUALIFICATION;
import static org.hspnavigator.formats.profile.ProfileField.GROWTH_FIELD_PROJECT;
import static org.hspnavigator.formats.profile.ProfileField.ID;
import static org.hspnavigator.formats.profile.ProfileField.INVESTMENT_YEN;
import static org.hspnavigator.formats.profile.ProfileField.JAPANESE_NATIONAL_QUALIFICATIONS;
import static org.hspnavigator.formats.profile.ProfileField.JLPT;
import static org.hspnavigator.formats.profile.ProfileField.POSITION;
import static org.hspnavigator.formats.profile.ProfileField.REFERENCE_DATE;
import static org.hspnavigator.formats.profile.ProfileField.RESEARCH_GRANT_FUNDED_PROJECTS;
import static org.hspnavigator.formats.profile.ProfileField.RESEARCH_OTHER_RECOGNIZED;
import static org.hspnavigator.formats.profile.ProfileField.RESEARCH_PAPERS;
import static org.hspnavigator.formats.profile.ProfileField.RESEARCH_PATENTS;
import static org.hspnavigator.formats.profile.ProfileField.TRAINING_AT_JAPANESE_UNIVERSITY;
import static org.hspnavigator.formats.profile.ProfileField.TRAINING_INNOVATIVE_ASIA;

import java.util.List;
import org.hspnavigator.formats.profile.ProfileField;
import org.hspnavigator.formats.profile.ProfileGroup;

/**
 * A short section of the self-assessment form, in the order an applicant answers: each asks some
 * fields of the profile table ({@link ProfileField}), and together they ask every field once. The
 * degrees section asks the fields of each degree, {@link #DEGREE_SLOTS} times.
 */
enum FormSection {
    ABOUT("about", List.of(BIRTH_DATE, REFERENCE_DATE, ID)),
    DEGREES("degrees", ProfileGroup.DEGREES.fields()),
    CAREER("career", List.of(CAREER_SPECIALIZED_TECHNICAL, CAREER_ACADEMIC_RESEARCH, CAREER_BUSINESS_MANAGEMENT)),
    SALARY("salary", List.of(ANNUAL_SALARY_YEN)),
    JAPANESE("japanese", List.of(JLPT, BJT_SCORE)),
    EMPLOYER("employer", List.of(POSITION, EMPLOYER_SME, EMPLOYER_INNOVATION_SUPPORT,
            EMPLOYER_RD_EXPENSE_RATIO_PERCENT, EMPLOYER_LOCAL_GOVERNMENT_SUPPORT,
            EMPLOYER_INVESTMENT_MANAGEMENT_BUSINESS)),
    RESEARCH("research", List.of(RESEARCH_PAPERS, RESEARCH_PATENTS, RESEARCH_GRANT_FUNDED_PROJECTS,
            RESEARCH_OTHER_RECOGNIZED)),
    ADDITIONS("additions", List.of(JAPANESE_NATIONAL_QUALIFICATIONS, FOREIGN_QUALIFICATION, GROWTH_FIELD_PROJECT,
            TRAINING_INNOVATIVE_ASIA, TRAINING_AT_JAPANESE_UNIVERSITY, INVESTMENT_YEN));

    /** How many degrees the form has room for: a bachelor's and two graduate degrees, the usual most. */
    static final int DEGREE_SLOTS = 3;

    private final String id;
    private final List<ProfileField> fields;

    FormSection(String id, List<ProfileField> fields) {
        this.id = id;
        this.fields = fields;
    }

    /** The section's id in the page and in its message keys ({@code section.degrees}). */
    String id() {
        return id;
    }

    /** The fields the section asks, in the order it asks them (per degree for the degrees). */
    List<ProfileField> fields() {
        return fields;
    }

    /** Whether the section repeats its fields for each degree. */
    boolean perDegree() {
        return this == DEGREES;
    }
}
