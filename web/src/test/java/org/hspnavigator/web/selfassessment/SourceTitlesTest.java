package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.table.SourceCatalog;
import org.hspnavigator.engine.table.TableSource;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The page texts of i18n/sources, among them the titles of the official sources the form and the results
 * link to: one per source of the engine's catalogue in every language, the English one the catalogue's
 * own title, the others translated and writing a date the language's way.
 */
class SourceTitlesTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, Source> CATALOG = SourceCatalog.read(TableSource.official());

    @Test
    void theEnglishTitlesAreTheCataloguesOwn() throws IOException {
        Properties english = load(PageLanguage.ENGLISH);
        assertThat(new TreeSet<>(english.stringPropertyNames().stream().filter(key -> key.startsWith("source.title."))
                .toList())).isEqualTo(new TreeSet<>(CATALOG.keySet().stream().map(id -> "source.title." + id).toList()));
        CATALOG.forEach((id, source) -> assertThat(english.getProperty("source.title." + id)).isEqualTo(source.title()));
    }

    @ParameterizedTest
    @EnumSource(value = PageLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherLanguageTranslatesEveryTitle(PageLanguage language) throws IOException {
        Properties english = load(PageLanguage.ENGLISH);
        Properties translated = load(language);
        assertThat(new TreeSet<>(translated.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        translated.forEach((key, title) -> {
            assertThat(title.toString()).as(language.tag() + " " + key).isNotBlank().isNotEqualTo(english.get(key))
                    .doesNotContainPattern(ISO_DATE).doesNotContain("ISA");
        });
    }

    private static Properties load(PageLanguage language) throws IOException {
        String suffix = language == PageLanguage.ENGLISH ? "" : "_" + language.tag().replace('-', '_');
        Properties properties = new Properties();
        try (InputStream in = SourceTitlesTest.class.getResourceAsStream("/i18n/sources" + suffix + ".properties")) {
            assertThat(in).as("i18n/sources" + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
