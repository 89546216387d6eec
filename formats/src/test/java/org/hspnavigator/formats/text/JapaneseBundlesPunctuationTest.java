package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Japanese bundles of this module (the engine's explanations, questions, checklists, family texts, FAQ
 * and problems of bad input) are punctuated full-width; and the check itself tells the two apart.
 */
class JapaneseBundlesPunctuationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.JapanesePunctuation#bundlesOfThisModule")
    void punctuatedFullWidth(Path bundle) {
        JapanesePunctuation.assertFullWidth(bundle);
    }

    @Test
    void asciiPunctuationBesideAJapaneseCharacterIsFound() {
        assertThat(JapanesePunctuation.halfWidthPlaces("次の点を直してください:")).hasSize(1);
        assertThat(JapanesePunctuation.halfWidthPlaces("既定: 今日")).hasSize(1);
        assertThat(JapanesePunctuation.halfWidthPlaces("ポイント (最新)")).hasSize(2);
        assertThat(JapanesePunctuation.halfWidthPlaces("{0}（現在{1}点）: 各基準点")).hasSize(1);
        assertThat(JapanesePunctuation.halfWidthPlaces("「ファイル」, 次")).hasSize(1);
        assertThat(JapanesePunctuation.halfWidthPlaces("いくつ?")).hasSize(1);
        assertThat(JapanesePunctuation.halfWidthPlaces(": ")).as("a separator between a label and its text").hasSize(1);
    }

    @Test
    void asciiPunctuationOfNumbersCodesAndLatinWordsStays() {
        assertThat(JapanesePunctuation.halfWidthPlaces("源泉徴収税額1,000万円以上（{0,number,#,##0}円）")).isEmpty();
        assertThat(JapanesePunctuation.halfWidthPlaces("JDBC URL（jdbc:postgresql://HOST/DATABASE?user=...）")).isEmpty();
        assertThat(JapanesePunctuation.halfWidthPlaces("プロパティ名と値はコロン（:）で区切ってください")).isEmpty();
        assertThat(JapanesePunctuation.halfWidthPlaces("--db URL: 'hsp serve' と同じ")).isEmpty();
    }
}
