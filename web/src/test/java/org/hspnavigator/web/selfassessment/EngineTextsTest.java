package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.engine.points.Message;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's texts as the pages show them: a profile's field a family reason names is the form's
 * question that asks it, in the page's language.
 */
class EngineTextsTest {

    private static final Message NOT_INVESTMENT_MANAGEMENT =
            Message.of("family.domesticWorkerInvestmentManagement.notInvestmentManagement");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ENGLISH             | the HSP does not work in an investment-management business (question “Investment management business”)
            JAPANESE            | 高度専門職は投資運用業等の事業で働いていない（質問「投資運用業等」）
            SIMPLIFIED_CHINESE  | 高度专门职不在投资运用业等的事业中工作（问题“投资运用业等”）
            TRADITIONAL_CHINESE | 高度專門職不在投資運用業等的事業中工作（問題「投資運用業等」）
            KOREAN              | 고도전문직은 투자운용업 등의 사업에서 일하고 있지 않음(질문 ‘투자운용업 등’)
            """)
    void aFamilyReasonNamesTheQuestionNotTheField(PageLanguage language, String reason) {
        assertThat(EngineTexts.of(language).family(NOT_INVESTMENT_MANAGEMENT)).isEqualTo(reason);
    }
}
