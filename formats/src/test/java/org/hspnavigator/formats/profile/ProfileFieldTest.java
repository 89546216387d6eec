package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.junit.jupiter.api.Test;

/**
 * The table of the profile's fields: the same names, in the same order, as the engine's profile and its
 * records; the JSON paths and CSV columns of the contract (docs/rules.md §18); bounds and defaults; and
 * a label and help text for every field and group.
 */
class ProfileFieldTest {

    @Test
    void theTableHoldsTheFieldsOfTheEnginesProfileInItsOrder() {
        List<String> scored = ProfileGroup.PROFILE.knownNames().stream()
                .filter(name -> !name.equals(ProfileField.ID.fieldName())).toList();
        assertThat(scored).containsExactlyElementsOf(componentNames(Profile.class));
        for (RecordComponent component : Profile.class.getRecordComponents()) {
            Stream.of(ProfileGroup.values()).filter(group -> group != ProfileGroup.PROFILE
                    && group.fieldName().equals(component.getName())).forEach(group -> {
                        Class<?> record = group.isList()
                                ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                                : component.getType();
                        assertThat(group.knownNames()).as(group.toString()).containsExactlyElementsOf(componentNames(record));
                    });
        }
    }

    @Test
    void theLabelIsTheOnlyFieldTheEngineDoesNotScoreAndTheCsvIdColumn() {
        assertThat(Stream.of(ProfileField.values()).filter(field -> !field.scored())).containsExactly(ProfileField.ID);
        assertThat(ProfileField.ID.jsonPath()).isEqualTo("id");
        assertThat(ProfileField.ID.type()).isEqualTo(FieldType.TEXT);
        assertThat(ProfileField.ID.maxLength()).hasValue(200);
        assertThat(ProfileField.ID.required()).isFalse();
        assertThat(CsvProfileColumns.ID).isEqualTo(ProfileField.ID.csvColumn());
    }

    @Test
    void pathsAndColumnsAreThoseOfTheContract() {
        assertThat(ProfileField.BIRTH_DATE.jsonPath()).isEqualTo("birthDate");
        assertThat(ProfileField.CAREER_SPECIALIZED_TECHNICAL.jsonPath()).isEqualTo("careerYears.specializedTechnical");
        assertThat(ProfileField.CAREER_SPECIALIZED_TECHNICAL.csvColumn()).isEqualTo("careerYears.specializedTechnical");
        assertThat(ProfileField.DEGREE_LEVEL.jsonPath(3)).isEqualTo("degrees[3].level");
        assertThat(ProfileField.DEGREE_LEVEL.csvColumn(3)).isEqualTo("degrees.3.level");
        assertThat(CsvProfileColumns.columnNames()).containsExactly("id", "referenceDate", "birthDate",
                "annualSalaryYen", "degrees.N.level", "degrees.N.field", "degrees.N.inJapan",
                "degrees.N.designatedUniversity", "degrees.N.japaneseMajor", "careerYears.academicResearch",
                "careerYears.specializedTechnical", "careerYears.businessManagement", "research.patents",
                "research.grantFundedProjects", "research.papers", "research.otherRecognized",
                "japaneseLanguage.jlpt", "japaneseLanguage.bjtScore", "japaneseNationalQualifications",
                "foreignQualification", "position", "employer.innovationSupport", "employer.sme",
                "employer.rdExpenseRatioPercent", "employer.localGovernmentSupport",
                "employer.investmentManagementBusiness", "growthFieldProject", "training.innovativeAsia",
                "training.atJapaneseUniversity", "investmentYen");
    }

    @Test
    void typesBoundsAndDefaultsAreTheProfilesLimits() {
        assertThat(ProfileField.ANNUAL_SALARY_YEN.type()).isEqualTo(FieldType.WHOLE_NUMBER);
        assertThat(ProfileField.ANNUAL_SALARY_YEN.required()).isTrue();
        assertThat(ProfileField.ANNUAL_SALARY_YEN.max()).contains(BigDecimal.valueOf(ProfileLimits.MAX_ANNUAL_SALARY_YEN));
        assertThat(ProfileField.ANNUAL_SALARY_YEN.defaultValue()).isEmpty();
        assertThat(ProfileField.BIRTH_DATE.requiredMeaning()).contains("the applicant's date of birth, YYYY-MM-DD");
        assertThat(ProfileField.CAREER_BUSINESS_MANAGEMENT.type()).isEqualTo(FieldType.DECIMAL);
        assertThat(ProfileField.CAREER_BUSINESS_MANAGEMENT.max()).contains(ProfileLimits.MAX_CAREER_YEARS);
        assertThat(ProfileField.CAREER_BUSINESS_MANAGEMENT.defaultValue()).contains("0");
        assertThat(ProfileField.BJT_SCORE.min()).contains(BigDecimal.valueOf(ProfileLimits.MIN_BJT_SCORE));
        assertThat(ProfileField.BJT_SCORE.unit()).contains("BJT points");
        assertThat(ProfileField.BJT_SCORE.defaultValue()).isEmpty();
        assertThat(ProfileField.POSITION.choices()).containsExactly("REPRESENTATIVE", "DIRECTOR", "NONE");
        assertThat(ProfileField.POSITION.defaultValue()).contains("NONE");
        assertThat(ProfileField.DEGREE_LEVEL.required()).isTrue();
        assertThat(ProfileField.DEGREE_FIELD.maxLength()).hasValue(ProfileLimits.MAX_FIELD_LENGTH);
        assertThat(ProfileField.GROWTH_FIELD_PROJECT.defaultValue()).contains("false");
        assertThat(ProfileGroup.DEGREES.maxElements()).isEqualTo(ProfileLimits.MAX_DEGREES);
        for (ProfileField field : ProfileField.values()) {
            boolean number = field.type() == FieldType.WHOLE_NUMBER || field.type() == FieldType.DECIMAL;
            assertThat(field.min().isPresent() && field.max().isPresent() && field.unit().isPresent()).as(field.toString())
                    .isEqualTo(number);
            assertThat(field.choices().isEmpty()).as(field.toString()).isEqualTo(field.type() != FieldType.CHOICE);
            assertThat(field.required() && field.defaultValue().isPresent()).as(field.toString()).isFalse();
        }
    }

    @Test
    void everyFieldAndGroupHasALabelAndAHelpTextAndTheBundleNothingElse() {
        ResourceBundle texts = ResourceBundle.getBundle("org.hspnavigator.formats.text.fields", Locale.ROOT);
        Set<String> expected = new HashSet<>();
        Stream.concat(Stream.of(ProfileField.values()).map(ProfileField::messageKey),
                Stream.of(ProfileGroup.values()).map(ProfileGroup::messageKey)).forEach(key -> {
                    expected.add(key);
                    expected.add(key + ".help");
                });
        assertThat(texts.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        expected.forEach(key -> assertThat(texts.getString(key)).as(key).isNotBlank());
    }

    private static List<String> componentNames(Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }
}
