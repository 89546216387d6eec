package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Chinese bundles of this module (the engine's explanations, questions, checklists, family texts, FAQ
 * and problems of bad input) are punctuated full-width; and the check itself tells the two apart.
 */
class ChineseBundlesPunctuationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.ChinesePunctuation#bundlesOfThisModule")
    void punctuatedFullWidth(Path bundle) {
        ChinesePunctuation.assertFullWidth(bundle);
    }

    @Test
    void asciiPunctuationBesideAChineseCharacterIsFound() {
        assertThat(ChinesePunctuation.halfWidthPlaces("默认: 今天")).hasSize(1);
        assertThat(ChinesePunctuation.halfWidthPlaces("学位, 各填一项")).hasSize(1);
        assertThat(ChinesePunctuation.halfWidthPlaces("个人资料 (快照)")).hasSize(2);
        assertThat(ChinesePunctuation.halfWidthPlaces("哪种工作?")).hasSize(1);
        assertThat(ChinesePunctuation.halfWidthPlaces("{0}: 有几个")).hasSize(1);
        assertThat(ChinesePunctuation.halfWidthPlaces("(a) 作为")).hasSize(1);
        assertThat(ChinesePunctuation.halfWidthPlaces("（ポイント計算表)")).hasSize(1);
    }

    @Test
    void asciiPunctuationOfNumbersCodesAndLatinWordsStays() {
        assertThat(ChinesePunctuation.halfWidthPlaces("默认：今天（docs/rules.md §16）")).isEmpty();
        assertThat(ChinesePunctuation.halfWidthPlaces("年收入{0,number,#,##0}日元，1,000万日元")).isEmpty();
        assertThat(ChinesePunctuation.halfWidthPlaces("与 'hsp serve' 相同：jdbc:postgresql://db/hsp?user=hsp")).isEmpty();
        assertThat(ChinesePunctuation.halfWidthPlaces("须为以下之一：sheet, summary")).isEmpty();
    }
}
