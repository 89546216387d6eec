package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Korean bundles of this module (the engine's explanations, questions, checklists, family texts, FAQ
 * and problems of bad input) put after each noun the particle that agrees with it; and the check itself
 * tells the two apart.
 */
class KoreanParticlesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.KoreanParticles#bundlesOfThisModule")
    void particlesAgree(Path bundle) {
        KoreanParticles.assertAgree(bundle);
    }

    @Test
    void aParticleAgreesWithTheWordBeforeAParenthesis() {
        assertThat(KoreanParticles.disagreements("학위(MBA・MOT)이 필요")).hasSize(1);
        assertThat(KoreanParticles.disagreements("학위(MBA・MOT)가 필요")).isEmpty();
        assertThat(KoreanParticles.disagreements("학력(学歴)은 30점")).isEmpty();
        assertThat(KoreanParticles.disagreements("학력(学歴)는 30점")).hasSize(1);
        assertThat(KoreanParticles.disagreements("파일(JSON 경로)로 쓴다")).isEmpty();
        assertThat(KoreanParticles.disagreements("파일(JSON 경로)으로 쓴다")).hasSize(1);
    }

    @Test
    void aParticleAfterAPlaceholderTakesTheDoubleForm() {
        assertThat(KoreanParticles.disagreements("{0}이 없음")).hasSize(1);
        assertThat(KoreanParticles.disagreements("''{0}''을 읽을 수 없음")).hasSize(1);
        assertThat(KoreanParticles.disagreements("{0}으로 표시")).hasSize(1);
        assertThat(KoreanParticles.disagreements("{0}이(가) 없음, ''{1}''을(를) 읽음, {2}(으)로 표시, ID {3}와(과) 함께")).isEmpty();
        assertThat(KoreanParticles.disagreements("{0}이상, {0}가지, {1}로그인")).isEmpty();
    }

    @Test
    void aChoiceIsReadOncePerChoice() {
        assertThat(KoreanParticles.disagreements("고도전문직 1호{2,choice,0#|1#(J-Skip)}를 보유")).isEmpty();
        assertThat(KoreanParticles.disagreements("고도전문직 1호{2,choice,0#|1#(J-Skip)}을 보유")).hasSize(1);
        assertThat(KoreanParticles.disagreements("{0}{1,choice,1#|1<(이 유형에서 보유한 학위 {1}개 중)}")).hasSize(1);
    }

    @Test
    void numbersLatinWordsAndJapaneseTermsAreReadInKorean() {
        assertThat(KoreanParticles.disagreements("UTF-8로 저장, 70이 기준, 100을 넘음, 3년을 기다림")).isEmpty();
        assertThat(KoreanParticles.disagreements("UTF-8으로 저장")).hasSize(1);
        assertThat(KoreanParticles.disagreements("10가 기준")).hasSize(1);
        assertThat(KoreanParticles.disagreements("PDF를 쓴다, URL을 연다, Excel로 연다, FILE이 있음")).isEmpty();
        assertThat(KoreanParticles.disagreements("PDF을 쓴다")).hasSize(1);
        assertThat(KoreanParticles.disagreements("재류자격 「高度専門職」는")).hasSize(1);
        assertThat(KoreanParticles.disagreements("Zorglub를 연다")).singleElement().asString().contains("no Korean reading");
    }

    @Test
    void aParticleAfterAHangulSyllableIsNotChecked() {
        assertThat(KoreanParticles.disagreements("나이가 많음, 국가가 정함, 효과가 있음")).isEmpty();
    }
}
