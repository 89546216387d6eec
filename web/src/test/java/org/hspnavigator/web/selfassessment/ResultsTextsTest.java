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
import java.util.stream.Stream;
import org.hspnavigator.engine.family.Eligibility;
import org.hspnavigator.engine.family.PreferenceId;
import org.hspnavigator.engine.permanent.Route;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The results page's own texts (i18n/results, and i18n/routes beside the permanent-residence routes) in
 * five languages: the keys of the English bundle and no other in each, none empty, none left in English
 * in another language, none shadowing a key of the pages' main bundle or of the other (which would make
 * one of them unreachable), and every key the page builds from the engine's data present.
 */
class ResultsTextsTest {

    private static final String RESULTS = "/i18n/results";
    private static final String ROUTES = "/i18n/routes";
    private static final String MESSAGES = "/i18n/messages";

    static Stream<Arguments> bundlesAndLanguages() {
        return Stream.of(RESULTS, ROUTES).flatMap(bundle -> Arrays.stream(PageLanguage.values())
                .map(language -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void everyLanguageHasTheEnglishKeysTranslated(String bundle, PageLanguage language) throws IOException {
        Properties english = load(bundle, PageLanguage.ENGLISH);
        Properties translated = load(bundle, language);
        assertThat(new TreeSet<>(translated.stringPropertyNames())).as(bundle + " " + language.tag())
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        List<String> empty = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        translated.forEach((key, text) -> {
            if (text.toString().isBlank()) {
                empty.add(key.toString());
            }
            if (language != PageLanguage.ENGLISH && text.equals(english.get(key))) {
                untranslated.add(key.toString());
            }
        });
        assertThat(empty).as("empty texts in " + language.tag()).isEmpty();
        assertThat(untranslated).as("texts left in English in " + language.tag()).isEmpty();
    }

    @Test
    void noKeyShadowsOneOfTheMainBundleOrOfTheOther() throws IOException {
        Set<String> routes = load(ROUTES, PageLanguage.ENGLISH).stringPropertyNames();
        for (String bundle : new String[] {RESULTS, ROUTES}) {
            Set<String> shared = new TreeSet<>(load(bundle, PageLanguage.ENGLISH).stringPropertyNames());
            shared.retainAll(load(MESSAGES, PageLanguage.ENGLISH).stringPropertyNames());
            assertThat(shared).as(bundle).isEmpty();
        }
        Set<String> shared = new TreeSet<>(load(RESULTS, PageLanguage.ENGLISH).stringPropertyNames());
        shared.retainAll(routes);
        assertThat(shared).isEmpty();
    }

    @Test
    void everyKeyThePageBuildsFromTheEnginesDataExists() throws IOException {
        Set<String> keys = load(RESULTS, PageLanguage.ENGLISH).stringPropertyNames();
        List<String> needed = new ArrayList<>();
        for (Route route : Route.values()) {
            needed.add("residence.route." + route.name());
        }
        for (PreferenceId preference : PreferenceId.values()) {
            needed.add("family.preference." + preference.id());
        }
        for (Eligibility eligibility : Eligibility.values()) {
            needed.add("family.eligibility." + eligibility.name());
        }
        assertThat(keys).containsAll(needed);
    }

    private static Properties load(String bundle, PageLanguage language) throws IOException {
        String suffix = language == PageLanguage.ENGLISH ? "" : "_" + language.tag().replace('-', '_');
        Properties properties = new Properties();
        try (InputStream in = ResultsTextsTest.class.getResourceAsStream(bundle + suffix + ".properties")) {
            assertThat(in).as(bundle + suffix + ".properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
