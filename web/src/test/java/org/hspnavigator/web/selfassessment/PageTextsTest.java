package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.salary.PayComponent;
import org.hspnavigator.formats.profile.ProfileField;
import org.hspnavigator.formats.profile.ProfileGroup;
import org.hspnavigator.web.system.PageLanguage;
import org.hspnavigator.web.system.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The texts of the pages in five languages: every bundle has the keys of the English one and no other,
 * no text is left empty where the page shows it, and every key the pages build from data (criteria,
 * categories, sections, options) exists.
 */
class PageTextsTest {

    private static final String MESSAGES = "/i18n/messages";
    private static final String FIELDS = "/org/hspnavigator/formats/text/fields";
    private static final String FORM = "/i18n/form";

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void everyBundleHasTheKeysOfTheEnglishOneAndNoOther(PageLanguage language) throws IOException {
        for (String bundle : List.of(MESSAGES, FORM, FIELDS)) {
            Properties english = load(bundle, PageLanguage.ENGLISH);
            Properties translated = load(bundle, language);
            assertThat(new TreeSet<>(translated.stringPropertyNames())).as(bundle + " in " + language.tag())
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            List<String> empty = new ArrayList<>();
            translated.forEach((key, text) -> {
                // The note that the explanations are English is shown in the other languages only.
                if (text.toString().isBlank() && !(language == PageLanguage.ENGLISH && key.equals("results.englishNote"))) {
                    empty.add(key.toString());
                }
            });
            assertThat(empty).as("empty texts of " + bundle + " in " + language.tag()).isEmpty();
        }
    }

    @Test
    void everyKeyThePagesBuildFromDataExists() throws IOException {
        Set<String> keys = new TreeSet<>(load(MESSAGES, PageLanguage.ENGLISH).stringPropertyNames());
        keys.addAll(load(FIELDS, PageLanguage.ENGLISH).stringPropertyNames());
        keys.addAll(load(FORM, PageLanguage.ENGLISH).stringPropertyNames());
        List<String> needed = new ArrayList<>();
        Arrays.stream(CriterionId.values()).forEach(id -> needed.add("criterion." + id.id()));
        for (Category category : Category.values()) {
            needed.addAll(List.of("category." + category.name(), "category." + category.name() + ".plain",
                    "category." + category.name() + ".description"));
        }
        for (PayComponent component : PayComponent.values()) {
            needed.addAll(List.of("worksheet.pay." + component.id(), "worksheet.why." + component.id()));
        }
        for (PayComponent.Period period : PayComponent.Period.values()) {
            needed.add("worksheet.per." + period.name());
        }
        for (FormSection section : FormSection.values()) {
            needed.addAll(List.of("section." + section.id(), "section." + section.id() + ".intro"));
        }
        FormView form = FormView.of(Answers.of(new LinkedMultiValueMap<>()), Problems.NONE);
        form.sections().stream().flatMap(section -> section.groups().stream()).flatMap(List::stream).forEach(question -> {
            needed.addAll(List.of(question.labelKey(), question.labelKey() + ".help"));
            question.options().forEach(option -> needed.add(question.optionKey(option)));
        });
        assertThat(needed).isNotEmpty().allSatisfy(key -> assertThat(keys).as("bundle keys").contains(key));
    }

    @Test
    void theFormAsksEveryFieldOfTheProfileOnce() {
        List<ProfileField> asked = Arrays.stream(FormSection.values()).flatMap(section -> section.fields().stream())
                .toList();
        assertThat(asked).containsExactlyInAnyOrder(ProfileField.values());
        assertThat(Answers.QUESTIONS).hasSize(ProfileField.values().length
                + (FormSection.DEGREE_SLOTS - 1) * ProfileGroup.DEGREES.fields().size());
    }

    @Test
    void theAddressesAcceptExactlyTheFiveLanguages() {
        String alternatives = Pages.LANGUAGE.substring("{lang:".length(), Pages.LANGUAGE.length() - 1);
        assertThat(alternatives.split("\\|")).containsExactly(Arrays.stream(PageLanguage.values())
                .map(PageLanguage::tag).toArray(String[]::new));
    }

    private static Properties load(String bundle, PageLanguage language) throws IOException {
        String suffix = language == PageLanguage.ENGLISH ? "" : "_" + language.tag().replace('-', '_');
        Properties properties = new Properties();
        try (InputStream in = PageTextsTest.class.getResourceAsStream(bundle + suffix + ".properties")) {
            assertThat(in).as(bundle + suffix + ".properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
