package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workspace's page texts (i18n/workspace*.properties, i18n/unavailable*.properties of the page
 * of a change the storage refused): every language has exactly the keys of the
 * English bundle, none of them blank, and its words are its own: a value the same as the English one is
 * only allowed where the text is a code or a name (OK, the arrow of a status change, a field's label and
 * its problem side by side). Their Chinese punctuation is checked with every other Chinese bundle of the
 * module (ChineseBundlesPunctuationTest).
 */
class WorkspaceTextsTest {

    private static final List<String> SAME_EVERYWHERE = List.of("ws.import.ok", "ws.files.event.status",
            "ws.problems.item");
    private static final List<String> BUNDLES = List.of("i18n/workspace", "i18n/unavailable");

    @ParameterizedTest
    @ValueSource(strings = {"ja", "zh", "zh_Hant", "ko"})
    void everyLanguageHasTheEnglishKeysInItsOwnWords(String language) throws IOException {
        for (String basename : BUNDLES) {
            Properties english = PageBundle.load(basename + ".properties");
            Properties other = PageBundle.load(basename + "_" + language + ".properties");
            assertThat(other.stringPropertyNames()).as(basename).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(key).isNotBlank();
                if (!SAME_EVERYWHERE.contains(key)) {
                    assertThat(other.getProperty(key)).as(key + " is still English").isNotEqualTo(english.getProperty(key));
                }
            }
        }
    }
}
