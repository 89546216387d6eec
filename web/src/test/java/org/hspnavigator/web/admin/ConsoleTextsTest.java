package org.hspnavigator.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.TranslationBundlesTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The console texts of the server's jar: every language has the English keys with their arguments, and a
 * help of its own for {@code hsp serve} and for the tools that names every option.
 */
class ConsoleTextsTest {

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguageHasTheEnglishKeysAndArguments(Language language) throws IOException {
        TranslationBundlesTest.assertSameKeysAndArguments("/org/hspnavigator/web/admin/", "console", language, false);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasItsHelpNamingEveryOption(Language language) {
        ConsoleTexts texts = new ConsoleTexts(language);
        assertThat(texts.usage("serve")).contains("hsp serve [--port N] [--db URL] [--lang LANG]", "--port N", "--db URL",
                "--lang LANG", "-h, --help", "'hsp admin create-owner'", "/actuator/health/readiness").endsWith("\n");
        assertThat(texts.usage("tools")).contains("hsp admin create-owner --org NAME --email EMAIL [--db URL] [--lang LANG]",
                "hsp admin create-token", "hsp backup FILE", "hsp restore FILE", "--db URL", "--lang LANG", "-h, --help")
                .endsWith("\n");
        if (language != Language.EN) {
            ConsoleTexts english = new ConsoleTexts(Language.EN);
            assertThat(texts.usage("serve")).isNotEqualTo(english.usage("serve"));
            assertThat(texts.usage("tools")).isNotEqualTo(english.usage("tools"));
            assertThat(texts.text("serve.listening", "8080")).isNotEqualTo(english.text("serve.listening", "8080"));
        }
    }
}
