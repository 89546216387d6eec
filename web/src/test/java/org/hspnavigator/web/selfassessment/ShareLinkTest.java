package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The shareable link: the answers and the rule set's date in its query, and when it warns. */
class ShareLinkTest {

    private static final String BASE = "https://example.org/ja/self-assessment/results";
    private static final Function<LocalDate, String> ISO = LocalDate::toString;

    @Test
    void theLinkCarriesTheAnswersTheWorkAndTheRuleSet() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("birthDate", "1994-03-10");
        parameters.add("annualSalaryYen", "8000000");
        parameters.add("degrees.0.field", "Computer science");
        parameters.add("work", "SPECIALIZED_TECHNICAL");
        parameters.add(ShareLink.RULES, "2017-04-26");
        ShareLink link = ShareLink.of(BASE, Answers.of(parameters), "2023-03-31", Optional.empty(), ISO);
        assertThat(link.href()).startsWith(BASE + "?work=SPECIALIZED_TECHNICAL&")
                .contains("birthDate=1994-03-10").contains("annualSalaryYen=8000000")
                .contains("degrees.0.field=Computer+science").endsWith("&rules=2023-03-31");
        // The rules the opened link named are not carried on: the new link names those applied now.
        assertThat(link.href()).doesNotContain("2017-04-26");
        assertThat(link.sharedUnder()).isEmpty();
    }

    @Test
    void aLinkWithoutAnswersStillNamesTheRuleSet() {
        ShareLink link = ShareLink.of(BASE, Answers.of(new LinkedMultiValueMap<>()), "2023-03-31", Optional.empty(), ISO);
        assertThat(link.href()).isEqualTo(BASE + "?rules=2023-03-31");
    }

    @Test
    void itWarnsOnlyWhenTheLinkNamesAnotherRuleSet() {
        Answers answers = Answers.of(new LinkedMultiValueMap<>());
        assertThat(ShareLink.of(BASE, answers, "2023-03-31", Optional.of("2023-03-31"), ISO).sharedUnder()).isEmpty();
        assertThat(ShareLink.of(BASE, answers, "2023-03-31", Optional.of("2021-07-30"), ISO).sharedUnder())
                .contains("2021-07-30");
        // Whatever a hand-made link says is shown at most as long as a date.
        assertThat(ShareLink.of(BASE, answers, "2023-03-31", Optional.of("2021-07-30-and-much-more"), ISO).sharedUnder())
                .contains("2021-07-30");
    }

    @Test
    void theIdStaysIsoInTheAddressAndTheDatesAreWrittenTheLanguagesWay() {
        Answers answers = Answers.of(new LinkedMultiValueMap<>());
        ShareLink link = ShareLink.of(BASE, answers, "2023-03-31", Optional.of("2021-07-30"), Language.KO::date);
        assertThat(link.href()).endsWith("rules=2023-03-31");
        assertThat(link.ruleSet()).isEqualTo("2023-03-31");
        assertThat(link.ruleSetDate()).isEqualTo("2023년 3월 31일");
        assertThat(link.sharedUnderDate()).contains("2021년 7월 30일");
        // A hand-made id that is no date is shown as the link wrote it, cut to a date's length.
        assertThat(ShareLink.of(BASE, answers, "2023-03-31", Optional.of("yesterday-or-so"), Language.JA::date)
                .sharedUnderDate()).contains("yesterday-");
    }
}
