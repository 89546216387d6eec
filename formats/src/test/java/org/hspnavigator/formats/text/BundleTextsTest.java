package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
    void aDateIsWrittenAsTheLanguageWritesIt() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertThat(new BundleTexts(VALIDATION, Language.EN).text("found.number", day)).isEqualTo("the number 2026-11-27");
        assertThat(new BundleTexts(VALIDATION, Language.JA).text("found.number", day)).isEqualTo("数値 2026年11月27日");
        assertThat(new BundleTexts(VALIDATION, Language.KO).text("found.number", day)).endsWith("2026년 11월 27일");
    }

    @Test
    void onlyTheKeysOfTheBundleHaveText() {
        assertThat(new BundleTexts(VALIDATION, Language.ZH).has("found.number")).isTrue();
        assertThat(new BundleTexts(VALIDATION, Language.ZH).has("no.such.key")).isFalse();
    }

    @Test
    void aKeyWithoutTextIsADefectNamedWithItsLanguage() {
        assertThatThrownBy(() -> new BundleTexts(VALIDATION, Language.KO).text("no.such.key"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no text for no.such.key in ko");
    }
}
