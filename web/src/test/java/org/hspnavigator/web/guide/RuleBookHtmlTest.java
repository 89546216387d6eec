package org.hspnavigator.web.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the rule book's lines are joined into paragraphs and list items in each script. */
class RuleBookHtmlTest {

    @Test
    void japaneseAndChineseLinesJoinWithoutASpace() {
        assertThat(RuleBookHtml.render("年収の下限は\nありません。\n")).isEqualTo("<p>年収の下限はありません。</p>\n");
        assertThat(RuleBookHtml.render("- 高度学术研究活动自2013年12月24日起没有\n  年收入下限。\n"))
                .isEqualTo("<ul>\n<li>高度学术研究活动自2013年12月24日起没有年收入下限。</li>\n</ul>\n");
    }

    @Test
    void englishKoreanAndMixedLinesJoinWithASpace() {
        assertThat(RuleBookHtml.render("the criteria of the status\n高度専門職 (平成26年)\n"))
                .isEqualTo("<p>the criteria of the status 高度専門職 (平成26年)</p>\n");
        assertThat(RuleBookHtml.render("연수입이 3,000,000엔\n이상이어야 합니다.\n")).isEqualTo("<p>연수입이 3,000,000엔 이상이어야 합니다.</p>\n");
        assertThat(RuleBookHtml.render("の下限は 3,000,000円\n以上\n")).isEqualTo("<p>の下限は 3,000,000円以上</p>\n");
        assertThat(RuleBookHtml.render("年収が\n3,000,000円\n")).isEqualTo("<p>年収が 3,000,000円</p>\n");
    }
}
