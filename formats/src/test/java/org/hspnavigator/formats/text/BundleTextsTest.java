package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundleTextsTest {

    private static final String VALIDATION = "org.hspnavigator.formats.text.validation";

    @Test
    void aKeysPatternIsFilledInWithTheLanguagesNumbers() {
        assertThat(new BundleTexts(VALIDATION, Language.EN).text("found.number", 1234567)).isEqualTo("the number 1,234,567");
        assertThat(new BundleTexts(VALIDATION, Language.EN).text("found.number", "1234567")).isEqualTo("the number 1234567");
    }

    @Test
    void eachLanguageReadsItsOwnBundle() {
        BundleTexts japanese = new BundleTexts(VALIDATION, Language.JA);
        assertThat(japanese.language()).isEqualTo(Language.JA);
        assertThat(japanese.text("found.number", 5)).isEqualTo("数値 5");
    }

    @Test
    void aKeyWithoutTextIsADefectNamedWithItsLanguage() {
        assertThatThrownBy(() -> new BundleTexts(VALIDATION, Language.KO).text("no.such.key"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no text for no.such.key in ko");
    }
}
