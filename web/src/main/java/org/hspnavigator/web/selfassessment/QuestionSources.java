package org.hspnavigator.web.selfassessment;

import static org.hspnavigator.formats.profile.ProfileField.ANNUAL_SALARY_YEN;
import static org.hspnavigator.formats.profile.ProfileField.BIRTH_DATE;
import static org.hspnavigator.formats.profile.ProfileField.BJT_SCORE;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_ACADEMIC_RESEARCH;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_BUSINESS_MANAGEMENT;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_SPECIALIZED_TECHNICAL;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_DESIGNATED_UNIVERSITY;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_FIELD;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_IN_JAPAN;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_JAPANESE_MAJOR;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_LEVEL;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_INNOVATION_SUPPORT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_INVESTMENT_MANAGEMENT_BUSINESS;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_LOCAL_GOVERNMENT_SUPPORT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_RD_EXPENSE_RATIO_PERCENT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_SME;
import static org.hspnavigator.formats.profile.ProfileField.FOREIGN_QUALIFICATION;
import static org.hspnavigator.formats.profile.ProfileField.GROWTH_FIELD_PROJECT;
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

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.table.SourceCatalog;
import org.hspnavigator.engine.table.TableSource;
import org.hspnavigator.formats.profile.ProfileField;

/**
 * The official document that says what each question of the form means, as docs/rules.md §17 cites it
 * (the ISA HSP Q&A for salary, career and degrees; the ISA English summary for the Japanese language;
 * the HSP ordinance art. 1 for age and the point items; the ISA point sheet for the additions), linked
 * next to the question's help. The documents are the engine's catalogue of sources, so a link is the
 * same as the results cite. The applicant's label scores nothing and has none.
 */
final class QuestionSources {

    private static final String ORDINANCE = "ordinance-art1";
    private static final String QA = "isa-qa";
    private static final String POINT_SHEET = "isa-point-sheet";
    private static final String ENGLISH_SUMMARY = "isa-english-summary";

    private static final Map<ProfileField, String> CITED = cited();

    private QuestionSources() {
    }

    /** The source of each question, by the key of its label ({@code field.jlpt}). */
    static Map<String, Source> byLabelKey() {
        Map<String, Source> catalog = SourceCatalog.read(TableSource.official());
        Map<String, Source> sources = new HashMap<>();
        CITED.forEach((field, id) -> {
            Source source = catalog.get(id);
            if (source == null) {
                throw new IllegalStateException("no source " + id + " in the engine's catalogue");
            }
            sources.put(field.messageKey(), source);
        });
        return Map.copyOf(sources);
    }

    private static Map<ProfileField, String> cited() {
        Map<ProfileField, String> cited = new EnumMap<>(ProfileField.class);
        cited.put(REFERENCE_DATE, POINT_SHEET);
        cited.put(BIRTH_DATE, ORDINANCE);
        cited.put(ANNUAL_SALARY_YEN, QA);
        for (ProfileField field : new ProfileField[] {DEGREE_LEVEL, DEGREE_FIELD, DEGREE_IN_JAPAN,
            CAREER_ACADEMIC_RESEARCH, CAREER_SPECIALIZED_TECHNICAL, CAREER_BUSINESS_MANAGEMENT, EMPLOYER_SME,
            EMPLOYER_RD_EXPENSE_RATIO_PERCENT}) {
            cited.put(field, QA);
        }
        cited.put(DEGREE_JAPANESE_MAJOR, ENGLISH_SUMMARY);
        cited.put(JLPT, ENGLISH_SUMMARY);
        cited.put(BJT_SCORE, ENGLISH_SUMMARY);
        for (ProfileField field : new ProfileField[] {POSITION, RESEARCH_PAPERS, RESEARCH_PATENTS,
            RESEARCH_GRANT_FUNDED_PROJECTS, RESEARCH_OTHER_RECOGNIZED, JAPANESE_NATIONAL_QUALIFICATIONS,
            INVESTMENT_YEN}) {
            cited.put(field, ORDINANCE);
        }
        for (ProfileField field : new ProfileField[] {DEGREE_DESIGNATED_UNIVERSITY, EMPLOYER_INNOVATION_SUPPORT,
            EMPLOYER_LOCAL_GOVERNMENT_SUPPORT, EMPLOYER_INVESTMENT_MANAGEMENT_BUSINESS, FOREIGN_QUALIFICATION,
            GROWTH_FIELD_PROJECT, TRAINING_INNOVATIVE_ASIA, TRAINING_AT_JAPANESE_UNIVERSITY}) {
            cited.put(field, POINT_SHEET);
        }
        return cited;
    }
}
