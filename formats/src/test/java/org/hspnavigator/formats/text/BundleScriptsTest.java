package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Traditional Chinese bundles of this module are written in traditional characters and Taiwan's words,
 * the Korean ones in Hangul with the official Japanese terms only beside their translations; and the checks
 * themselves tell the right from the wrong.
 */
class BundleScriptsTest extends BundleScriptsOfThisModule {

    @Test
    void simplifiedCharactersAndMainlandWordsAreFound() {
        assertThat(BundleScripts.simplifiedPlaces("这个申请人的资料")).hasSize(4);
        assertThat(BundleScripts.simplifiedPlaces("請提供證明文件")).hasSize(0);
        assertThat(BundleScripts.simplifiedPlaces("契約終止、新合同開始")).hasSize(1);
        assertThat(BundleScripts.simplifiedPlaces("僅限紙質證明書")).hasSize(1);
    }

    @Test
    void officialJapaneseTermsBesideTraditionalChineseStay() {
        assertThat(BundleScripts.simplifiedPlaces("学歴 · 學歷")).isEmpty();
        assertThat(BundleScripts.simplifiedPlaces("高度專門職省令（平成26年法務省令第37号）第1條")).isEmpty();
        assertThat(BundleScripts.simplifiedPlaces("80分以上（80点），在留1年；三個活動類別（活動の区分）")).isEmpty();
        assertThat(BundleScripts.simplifiedPlaces("申請是否獲准由該廳決定；雇主")).isEmpty();
    }

    @Test
    void japaneseInTheKoreanTextIsFound() {
        assertThat(BundleScripts.notHangulPlaces("재류자격 「高度専門職」이 시행된 날")).hasSize(1);
        assertThat(BundleScripts.notHangulPlaces("고도전문・기술활동")).hasSize(1);
        assertThat(BundleScripts.notHangulPlaces("30〜34세")).hasSize(1);
        assertThat(BundleScripts.notHangulPlaces("경영관리 전문직 학위(MBA・MOT)")).hasSize(1);
        assertThat(BundleScripts.notHangulPlaces("年収 · 연봉: 年収 구간")).hasSize(1);
        assertThat(BundleScripts.notHangulPlaces("고도전문직 1호 ロボット")).hasSize(1);
    }

    @Test
    void officialJapaneseTermsBesideKoreanStay() {
        assertThat(BundleScripts.notHangulPlaces("포인트 계산표 (ポイント計算表)에 따라")).isEmpty();
        assertThat(BundleScripts.notHangulPlaces("学歴 · 학력")).isEmpty();
        assertThat(BundleScripts.notHangulPlaces("イノベーティブ・アジア事業 · 이노베이티브 아시아 사업")).isEmpty();
        assertThat(BundleScripts.notHangulPlaces("고도전문·기술활동(高度専門・技術活動), 30~34세")).isEmpty();
        assertThat(BundleScripts.notHangulPlaces("고도전문직 법무성령 (平成26年法務省令第37号) 제1조")).isEmpty();
        assertThat(BundleScripts.notHangulPlaces("(ISA 제출 서류 목록의 カテゴリー1–4, docs/rules.md §16)")).isEmpty();
        assertThat(BundleScripts.notHangulPlaces("고도전문직 1호 ロ(高度専門職1号ロ)")).isEmpty();
    }
}
