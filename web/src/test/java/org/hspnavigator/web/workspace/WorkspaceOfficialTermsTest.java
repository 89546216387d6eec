package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official Japanese terms of the workspace's page texts: a term the English text shows in brackets
 * next to its translation (在留期間更新許可申請, 高度専門職1号) is shown in every other language too, in its
 * Japanese characters, so that a reader in any language can match it to the forms of the Immigration
 * Services Agency.
 */
class WorkspaceOfficialTermsTest {

    private static final List<String> BUNDLES = List.of("i18n/workspace");
    /** A bracketed text holding kana or kanji. */
    private static final Pattern JAPANESE_TERM = Pattern.compile("\\(([^()]*[\\u3040-\\u30ff\\u4e00-\\u9fff][^()]*)\\)");

    @ParameterizedTest
    @ValueSource(strings = {"ja", "zh", "zh_Hant", "ko"})
    void everyOfficialTermOfTheEnglishTextsStandsInEveryLanguage(String language) throws IOException {
        for (String basename : BUNDLES) {
            Properties english = PageBundle.load(basename + ".properties");
            Properties other = PageBundle.load(basename + "_" + language + ".properties");
            for (String key : english.stringPropertyNames()) {
                Matcher term = JAPANESE_TERM.matcher(english.getProperty(key));
                while (term.find()) {
                    assertThat(other.getProperty(key)).as(language + " " + key).contains(term.group(1));
                }
            }
        }
    }
}
